#include "server/EnvConfig.h"

#include "Secrets.h"

#include "Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

namespace aipex {

const QString EnvConfig::kBaseUrl = QStringLiteral("AIPEXBASE_BASE_URL");
const QString EnvConfig::kEmail = QStringLiteral("AIPEXBASE_ADMIN_EMAIL");
const QString EnvConfig::kPassword = QStringLiteral("AIPEXBASE_ADMIN_PASSWORD");
const QString EnvConfig::kKeyName = QStringLiteral("AIPEXBASE_API_KEY_NAME");
const QString EnvConfig::kKeyDesc = QStringLiteral("AIPEXBASE_API_KEY_DESC");
const QString EnvConfig::kKeyExpire = QStringLiteral("AIPEXBASE_API_KEY_EXPIRE");
const QString EnvConfig::kOutputFile = QStringLiteral("AIPEXBASE_OUTPUT_FILE");
const QString EnvConfig::kVerbose = QStringLiteral("AIPEXBASE_VERBOSE");
const QString EnvConfig::kTimeout = QStringLiteral("AIPEXBASE_TIMEOUT");
const QString EnvConfig::kServerName = QStringLiteral("AIPEXBASE_MCP_SERVER_NAME");
const QString EnvConfig::kDefaultKeyName = QStringLiteral("MCP 专用密钥");
const QString EnvConfig::kDefaultKeyDesc = QStringLiteral("用于 MCP 工具调用的 API 密钥");
const QString EnvConfig::kDefaultOutputFile = QStringLiteral("mcp_config.json");

namespace {

QString expand(const QString& value, const QHash<QString, QString>& own, const QHash<QString, QString>& outer)
{
    static const QRegularExpression var(QStringLiteral(R"(\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\})"));
    QString out;
    qsizetype last = 0;
    auto it = var.globalMatch(value);
    while (it.hasNext()) {
        const auto m = it.next();
        out += value.mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        // The environment wins, as it does for the values themselves.
        QString v = outer.contains(name) ? outer.value(name) : own.value(name);
        if (v.isEmpty() && m.capturedLength(2) >= 0)
            v = m.captured(2);
        out += v;
        last = m.capturedEnd();
    }
    out += value.mid(last);
    return out;
}

QString unescapeDoubleQuoted(const QString& s)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == u'\\' && i + 1 < s.size()) {
            const QChar n = s.at(++i);
            switch (n.unicode()) {
            case 'n':
                out += u'\n';
                break;
            case 'r':
                out += u'\r';
                break;
            case 't':
                out += u'\t';
                break;
            case '"':
                out += u'"';
                break;
            case '\\':
                out += u'\\';
                break;
            case '\'':
                out += u'\'';
                break;
            default:
                out += u'\\';
                out += n;
                break;
            }
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

QHash<QString, QString> EnvConfig::parseDotEnv(const QString& rawText, const QHash<QString, QString>& outer,
                                               QStringList* warnings)
{
    static const QRegularExpression keyRe(QStringLiteral(R"(^[A-Za-z_][A-Za-z0-9_.-]*$)"));
    QString text = rawText;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));

    QHash<QString, QString> values;
    const QStringList lines = text.split(u'\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QString line = lines.at(n).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(QLatin1String("export ")))
            line = line.mid(7).trimmed();
        const qsizetype eq = line.indexOf(u'=');
        const QString key = (eq < 0 ? line : line.left(eq)).trimmed();
        if (eq < 0 || !keyRe.match(key).hasMatch()) {
            if (warnings)
                warnings->append(tr("line %1 is not KEY=VALUE and was ignored").arg(n + 1));
            continue;
        }
        QString rest = line.mid(eq + 1).trimmed();
        QString value;
        if (rest.startsWith(u'"') || rest.startsWith(u'\'')) {
            const QChar quote = rest.at(0);
            // A quoted value may run over several lines.
            QString body = rest.mid(1);
            qsizetype close = -1;
            for (;;) {
                for (qsizetype i = 0; i < body.size(); ++i) {
                    if (body.at(i) == u'\\' && quote == u'"') {
                        ++i;
                        continue;
                    }
                    if (body.at(i) == quote) {
                        close = i;
                        break;
                    }
                }
                if (close >= 0 || n + 1 >= lines.size())
                    break;
                body += u'\n' + lines.at(++n);
            }
            if (close < 0) {
                if (warnings)
                    warnings->append(tr("line %1 has an unclosed quote and was ignored").arg(n + 1));
                continue;
            }
            value = body.left(close);
            if (quote == u'"')
                value = expand(unescapeDoubleQuoted(value), values, outer);
        } else {
            static const QRegularExpression inlineComment(QStringLiteral(R"(\s+#.*$)"));
            rest.remove(inlineComment);
            value = expand(rest.trimmed(), values, outer);
        }
        values.insert(key, value);
    }
    return values;
}

EnvConfig EnvConfig::load(const QString& envFile, bool explicitFile, const QProcessEnvironment& env,
                          Error* error)
{
    EnvConfig cfg;
    const QString path = envFile.isEmpty() ? QDir::current().filePath(QStringLiteral(".env")) : envFile;

    QHash<QString, QString> outer;
    for (const QString& k : env.keys())
        outer.insert(k, env.value(k));

    QFile f(path);
    if (f.exists() || explicitFile) {
        if (!f.open(QIODevice::ReadOnly)) {
            if (error) {
                *error =
                    Error(Error::InvalidConfig, tr("Could not read the settings file %1: %2")
                                                    .arg(QDir::toNativeSeparators(path), f.errorString()));
                error->addContext(QStringLiteral("env_file"), path);
            }
            return cfg;
        }
        cfg.m_envFile = QFileInfo(path).absoluteFilePath();
        cfg.m_values = parseDotEnv(QString::fromUtf8(f.readAll()), outer, &cfg.m_warnings);
        qCDebug(lcConfig).noquote() << "read settings from" << cfg.m_envFile
                                    << "keys:" << cfg.m_values.size();
    }
    for (auto it = outer.cbegin(); it != outer.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("AIPEXBASE_")))
            cfg.m_values.insert(it.key(), it.value());
    }
    if (error)
        *error = Error();
    return cfg;
}

QString EnvConfig::value(const QString& name, const QString& fallback) const
{
    const QString v = m_values.value(name);
    return v.isEmpty() ? fallback : v;
}

Error EnvConfig::checkRequired() const
{
    QStringList missing;
    for (const QString* k : {&kBaseUrl, &kEmail, &kPassword}) {
        if (value(*k).trimmed().isEmpty())
            missing << *k;
    }
    if (missing.isEmpty())
        return {};
    Error e(
        Error::MissingConfig,
        tr("Missing required settings: %1. Set them in the environment, in a .env file, or with the matching "
           "command-line options.")
            .arg(missing.join(QLatin1String(", "))));
    e.addContext(QStringLiteral("missing_vars"), QJsonArray::fromStringList(missing));
    return e;
}

bool EnvConfig::parseBool(const QString& text)
{
    const QString t = text.trimmed().toLower();
    return t == u"1" || t == u"true" || t == u"yes" || t == u"on";
}

Error EnvConfig::checkExpireAt(const QString& text, const QDateTime& now)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    static const QRegularExpression shape(QStringLiteral(R"(^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$)"));
    const QDateTime when = QDateTime::fromString(t, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!shape.match(t).hasMatch() || !when.isValid()) {
        Error e(Error::InvalidConfig,
                tr("The expiry \"%1\" is not a date and time in the form YYYY-MM-DD HH:mm:ss.").arg(t));
        e.addContext(QStringLiteral("value"), t);
        e.addContext(QStringLiteral("setting"), kKeyExpire);
        return e;
    }
    if (when <= now) {
        Error e(Error::InvalidConfig, tr("The expiry %1 is not in the future.").arg(t));
        e.addContext(QStringLiteral("value"), t);
        e.addContext(QStringLiteral("setting"), kKeyExpire);
        return e;
    }
    return {};
}

QString EnvConfig::defaultProjectName(const QDateTime& now)
{
    return QStringLiteral("AI项目_") + now.toString(QStringLiteral("yyyyMMdd_HHmmss"));
}

void EnvConfig::forget(const QString& name)
{
    const auto it = m_values.find(name);
    if (it == m_values.end())
        return;
    Secrets::wipe(*it);
    m_values.erase(it);
}

} // namespace aipex
