#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace aipex {

// The outcome of a complete setup, with the reference script's field names.
struct SetupResult
{
    QString appId;
    QString appName;
    QString apiKey;
    QString apiKeyName;
    QUrl mcpUrl;
    QJsonObject mcpConfig;
    QJsonObject appInfo;
    QJsonObject apiKeyInfo;

    QJsonObject toJson() const
    {
        return {{QStringLiteral("app_id"), appId},
                {QStringLiteral("app_name"), appName},
                {QStringLiteral("api_key"), apiKey},
                {QStringLiteral("api_key_name"), apiKeyName},
                {QStringLiteral("mcp_url"), mcpUrl.toString(QUrl::FullyEncoded)},
                {QStringLiteral("mcp_config"), mcpConfig},
                {QStringLiteral("app_info"), appInfo},
                {QStringLiteral("api_key_info"), apiKeyInfo}};
    }
};

} // namespace aipex
