#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace aipex {

// What a connection check proved, step by step, and where it stopped if it failed.
struct McpProbeReport
{
    Q_DECLARE_TR_FUNCTIONS(McpProbeReport)
public:
    struct Step
    {
        QString name;
        qint64 ms = 0;
    };

    bool connected = false; // initialize answered
    QString transport;      // "sse", "streamable-http", "stdio"
    QString serverName, serverVersion, protocolVersion;
    QStringList tools;
    int promptCount = 0;
    bool keyCheckable = false; // the server offers the read-only list_tables tool
    bool keyProven = false;
    QList<Step> steps;
    QString failedStep;
    Error error;

    // Success as the CLI's exit code sees it: connected, and the key proven where it can be.
    bool ok() const { return connected && !error && (!keyCheckable || keyProven); }
    // "key proven, 3 tools" / "connected, key not checkable, 2 tools" / the failure.
    QString summary() const;
    QJsonObject toJson() const;
};

} // namespace aipex
