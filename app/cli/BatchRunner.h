#pragma once

#include "CliOutput.h"
#include "server/SetupFlow.h"

#include <QJsonArray>
#include <QObject>

namespace aipex::cli {

// `batch FILE`: one sign-in, then one application and key per "name|description"
// line; a failure is recorded and the next line goes on.
class BatchRunner : public QObject
{
    Q_OBJECT
public:
    BatchRunner(SetupFlow* flow, CliOutput* out, QObject* parent = nullptr);

    void start(const QString& listFile, const QString& resultsFile);

    static QList<QPair<QString, QString>> parseList(const QString& text);

signals:
    // No error when every line succeeded.
    void done(const aipex::Error& error);

private:
    void next();
    void finishAll();

    SetupFlow* m_flow;
    CliOutput* m_out;
    QList<QPair<QString, QString>> m_items;
    int m_index = -1;
    int m_failures = 0;
    QJsonArray m_results;
    QString m_resultsFile;
    Error m_lastError;
};

} // namespace aipex::cli
