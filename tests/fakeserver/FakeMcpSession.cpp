#include "fakeserver/FakeMcpSession.h"

#include "fakeserver/FakeHttpConnection.h"
#include "fakeserver/FakeStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace aipex::test {

namespace {

constexpr int MethodNotFound = -32601;
constexpr int InvalidParams = -32602;
constexpr int InternalError = -32603;

QJsonObject emptySchema()
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                       {QStringLiteral("properties"), QJsonObject()}};
}

FakeHttpResponse mcpError(int status, const QString& message)
{
    return FakeHttpResponse::json(QJsonObject{{QStringLiteral("message"), message}}, status);
}

} // namespace

FakeMcpSession::FakeMcpSession(FakeHttpConnection* stream, const QString& token, FakeStore* store, Mode mode)
    : QObject(stream)
    , m_stream(stream)
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_token(token)
    , m_store(store)
    , m_mode(mode)
{}

bool FakeMcpSession::isOpen() const
{
    return m_stream && m_stream->isOpen();
}

void FakeMcpSession::start()
{
    // The backend appends the token as it was decoded, without encoding it again.
    if (!m_stream)
        return;
    m_stream->startEventStream();
    m_stream->sendEvent(QByteArrayLiteral("endpoint"), QByteArrayLiteral("/mcp/message?sessionId=") +
                                                           m_id.toLatin1() + QByteArrayLiteral("&token=") +
                                                           m_token.toUtf8());
}

void FakeMcpSession::close()
{
    if (m_stream)
        m_stream->endEventStream();
}

FakeHttpResponse FakeMcpSession::post(const QByteArray& body, const QString& postToken, Mode override)
{
    const Mode mode = override != Mode::Normal ? override : m_mode;
    if (mode == Mode::CloseOnNextMessage) {
        close();
        return FakeHttpResponse::empty(200);
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject message = document.object();
    const bool isRequestOrNotification = message.value(QStringLiteral("method")).isString();
    const bool isResponse =
        message.contains(QStringLiteral("result")) || message.contains(QStringLiteral("error"));
    if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
        (!isRequestOrNotification && !isResponse))
        return mcpError(500, QStringLiteral("Invalid message format"));
    const QString method = message.value(QStringLiteral("method")).toString();
    if (method == QLatin1String("notifications/initialized"))
        m_initialized = true;
    // Notifications and the client's answers to server requests get no answer.
    if (!isRequestOrNotification || !message.contains(QStringLiteral("id")))
        return FakeHttpResponse::empty(200);
    // Upstream holds every request but initialize until notifications/initialized has
    // arrived, then gives up after 30 s with a 500; the stand-in answers the 500 at once.
    if (!m_initialized && method != QLatin1String("initialize"))
        return mcpError(500, QStringLiteral("Did not receive initialized notification"));

    int errorCode = 0;
    QString errorMessage;
    // Upstream's tools read the token of the SSE GET request (its stored AsyncContext);
    // the token repeated on the message URL is ignored.
    Q_UNUSED(postToken)
    const QString token = m_token;
    const QJsonObject result =
        dispatch(message.value(QStringLiteral("method")).toString(),
                 message.value(QStringLiteral("params")).toObject(), token, &errorCode, &errorMessage);
    QJsonObject answer{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                       {QStringLiteral("id"), message.value(QStringLiteral("id"))}};
    if (errorCode != 0)
        answer.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), errorCode},
                                                           {QStringLiteral("message"), errorMessage}});
    else
        answer.insert(QStringLiteral("result"), result);

    if (m_stream && mode != Mode::Silent) {
        m_stream->sendEvent(QByteArrayLiteral("message"),
                            mode == Mode::Malformed ? QByteArrayLiteral("{\"jsonrpc\":\"2.0\",\"id\":")
                                                    : QJsonDocument(answer).toJson(QJsonDocument::Compact));
    }
    return FakeHttpResponse::empty(200);
}

QJsonObject FakeMcpSession::dispatch(const QString& method, const QJsonObject& params, const QString& token,
                                     int* errorCode, QString* errorMessage)
{
    if (method == QLatin1String("initialize")) {
        return QJsonObject{
            {QStringLiteral("protocolVersion"), QStringLiteral("2024-11-05")},
            {QStringLiteral("capabilities"), QJsonObject{{QStringLiteral("tools"), QJsonObject()},
                                                         {QStringLiteral("prompts"), QJsonObject()},
                                                         {QStringLiteral("resources"), QJsonObject()},
                                                         {QStringLiteral("logging"), QJsonObject()}}},
            {QStringLiteral("serverInfo"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("baas-mcp-server")},
                         {QStringLiteral("version"), QStringLiteral("1.0.0")}}}};
    }
    if (method == QLatin1String("ping") || method == QLatin1String("logging/setLevel"))
        return QJsonObject();
    if (method == QLatin1String("tools/list"))
        return tools();
    if (method == QLatin1String("prompts/list"))
        return prompts();
    if (method == QLatin1String("resources/list"))
        return QJsonObject{{QStringLiteral("resources"), QJsonArray()}};
    if (method == QLatin1String("resources/templates/list"))
        return QJsonObject{{QStringLiteral("resourceTemplates"), QJsonArray()}};
    if (method == QLatin1String("prompts/get")) {
        const QString name = params.value(QStringLiteral("name")).toString();
        const QJsonArray known = prompts().value(QStringLiteral("prompts")).toArray();
        for (const QJsonValue& prompt : known) {
            if (prompt.toObject().value(QStringLiteral("name")).toString() != name)
                continue;
            const QJsonObject content{{QStringLiteral("type"), QStringLiteral("text")},
                                      {QStringLiteral("text"),
                                       QStringLiteral("开发前先调用 `list_tables` 查看当前应用的表结构。")}};
            return QJsonObject{
                {QStringLiteral("description"), prompt.toObject().value(QStringLiteral("description"))},
                {QStringLiteral("messages"),
                 QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                        {QStringLiteral("content"), content}}}}};
        }
        *errorCode = InvalidParams;
        *errorMessage = QStringLiteral("Prompt not found: ") + name;
        return QJsonObject();
    }
    if (method == QLatin1String("tools/call"))
        return callTool(params, token, errorCode, errorMessage);
    *errorCode = MethodNotFound;
    *errorMessage = QStringLiteral("Method not found: ") + method;
    return QJsonObject();
}

QJsonObject FakeMcpSession::callTool(const QJsonObject& params, const QString& token, int* errorCode,
                                     QString* errorMessage)
{
    const QString name = params.value(QStringLiteral("name")).toString();
    const bool known = name == QLatin1String("list_tables") || name == QLatin1String("list_dynamic_api") ||
                       name == QLatin1String("execute_sql");
    if (!known) {
        *errorCode = InternalError;
        *errorMessage = QStringLiteral("Tool not found: ") + name;
        return QJsonObject();
    }
    FakeStore::App* app = m_store->appForUsableKey(token);
    if (!app)
        return toolResult(QStringLiteral("无权访问"), true);
    if (FakeStore::Key* key = m_store->keyByName(token))
        key->lastUsedAt = FakeStore::now();
    if (name == QLatin1String("list_tables")) {
        const QJsonArray tables = QJsonArray::fromStringList(app->tables);
        return toolResult(QString::fromUtf8(QJsonDocument(tables).toJson(QJsonDocument::Compact)), false);
    }
    if (name == QLatin1String("list_dynamic_api"))
        return toolResult(
            QStringLiteral(
                "这里有一些第三方服务的 API，你可以参照这些 api 的调用方式结合 baas_js 制作你的应用:\n[]"),
            false);
    // execute_sql would create tables upstream; the stand-in changes nothing.
    return toolResult(QStringLiteral("本次表结构创建完毕（测试服务器未做任何改动）"), false);
}

QJsonObject FakeMcpSession::toolResult(const QString& text, bool isError)
{
    return QJsonObject{
        {QStringLiteral("content"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                                           {QStringLiteral("text"), text}}}},
        {QStringLiteral("isError"), isError}};
}

QJsonObject FakeMcpSession::tools()
{
    QJsonObject sqlSchema = emptySchema();
    sqlSchema.insert(
        QStringLiteral("properties"),
        QJsonObject{{QStringLiteral("ddl_query"),
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                 {QStringLiteral("description"),
                                  QStringLiteral("一段固定格式的 json 数据，用于表示一组表结构元数据")}}}});
    sqlSchema.insert(QStringLiteral("required"), QJsonArray{QStringLiteral("ddl_query")});
    const auto tool = [](const QString& name, const QString& description, const QJsonObject& schema) {
        return QJsonObject{{QStringLiteral("name"), name},
                           {QStringLiteral("description"), description},
                           {QStringLiteral("inputSchema"), schema}};
    };
    return QJsonObject{
        {QStringLiteral("tools"),
         QJsonArray{
             tool(QStringLiteral("execute_sql"),
                  QStringLiteral("当你设计好了 mysql 表结构对应的 json 字符串后，使用此工具并将字符串传入 "
                                 "`ddl_query` 变量然后调用去创建表结构"),
                  sqlSchema),
             tool(QStringLiteral("list_dynamic_api"),
                  QStringLiteral("获取当前应用下支持的所有第三方服务提供商提供的能力，返回结合 baas_js sdk "
                                 "的 API 调用方式"),
                  emptySchema()),
             tool(QStringLiteral("list_tables"), QStringLiteral("查询当前应用的所有表结构信息（只读）"),
                  emptySchema())}}};
}

QJsonObject FakeMcpSession::prompts()
{
    const auto prompt = [](const QString& name, const QString& description) {
        return QJsonObject{{QStringLiteral("name"), name},
                           {QStringLiteral("description"), description},
                           {QStringLiteral("arguments"), QJsonArray()}};
    };
    return QJsonObject{
        {QStringLiteral("prompts"),
         QJsonArray{
             prompt(QStringLiteral("前后端软件研发专家研发软件的工作流"),
                    QStringLiteral(
                        "当你收到一个软件研发任务时，可以通过此工作流模版与 LLM 交互完成软件研发全流程")),
             prompt(QStringLiteral("aipexbase_system_prompt"),
                    QStringLiteral("AIPEXBASE 与 baas_js SDK 的使用说明"))}}};
}

} // namespace aipex::test
