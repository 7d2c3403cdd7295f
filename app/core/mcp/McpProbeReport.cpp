#include "mcp/McpProbeReport.h"

#include <QJsonArray>

namespace aipex {

QString McpProbeReport::summary() const
{
    if (error)
        return tr("failed at %1: %2").arg(failedStep, error.message());
    // Spelled out rather than "%n tool(s)": English has no catalogue to pick the plural from.
    const QString toolCount = tools.size() == 1 ? tr("1 tool") : tr("%1 tools").arg(tools.size());
    if (keyProven)
        return tr("key proven, %1").arg(toolCount);
    return tr("connected, key not checkable, %1").arg(toolCount);
}

QJsonObject McpProbeReport::toJson() const
{
    QJsonArray stepArray;
    for (const Step& s : steps)
        stepArray.append(QJsonObject{{QStringLiteral("step"), s.name}, {QStringLiteral("ms"), s.ms}});
    QJsonObject o{{QStringLiteral("ok"), ok()},
                  {QStringLiteral("summary"), summary()},
                  {QStringLiteral("connected"), connected},
                  {QStringLiteral("transport"), transport},
                  {QStringLiteral("server_name"), serverName},
                  {QStringLiteral("server_version"), serverVersion},
                  {QStringLiteral("protocol_version"), protocolVersion},
                  {QStringLiteral("tools"), QJsonArray::fromStringList(tools)},
                  {QStringLiteral("prompt_count"), promptCount},
                  {QStringLiteral("key_checkable"), keyCheckable},
                  {QStringLiteral("key_proven"), keyProven},
                  {QStringLiteral("steps"), stepArray}};
    if (error) {
        o.insert(QStringLiteral("failed_step"), failedStep);
        o.insert(QStringLiteral("error"), error.toJson());
    }
    return o;
}

} // namespace aipex
