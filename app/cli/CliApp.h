#pragma once

#include "CliOptions.h"
#include "CliOutput.h"
#include "net/ApiClient.h"
#include "server/SetupFlow.h"

#include <QObject>

namespace aipex::cli {

// Runs one CLI command asynchronously and quits the event loop with its exit code.
class CliApp : public QObject
{
    Q_OBJECT
public:
    explicit CliApp(QObject* parent = nullptr);

    // Returns -1 when the command is under way (the exit code comes through QCoreApplication::exit).
    int start(const QStringList& arguments);

private:
    int finish(const Error& error);
    static void quit(int code);
    bool prepareConnection();
    void startCreateFlow(std::function<void()> whenDone);
    void runCreate();
    void runApps();
    void runKeys();
    int runConfig();
    void runBatch();
    void runVerify();
    void runInstall();
    void verify(const QUrl& url, const SetupResult* created);
    void signInThen(std::function<void()> next);
    void printCreateResult(const SetupResult& result, const QString& writtenTo);
    void describeStep(SetupFlow::Step step);
    void diagnoseAndQuit(SetupFlow::Step step, const Error& error);
    QString maskedIfNeeded(const QString& key) const;

    CliOptions m_opt;
    CliOutput m_out;
    ApiClient* m_client = nullptr;
    SetupFlow* m_flow = nullptr;
};

} // namespace aipex::cli
