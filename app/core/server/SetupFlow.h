#pragma once

#include "server/AdminApi.h"
#include "server/SetupResult.h"

#include <QPointer>

namespace aipex {

// Sign in → application → API key → config, as a small state machine shared by
// the wizard and the CLI. It remembers what already succeeded on the server, so
// running it again (Retry, Back then Next) never repeats a step that changed
// something there: no second application, no second key.
class SetupFlow : public QObject
{
    Q_OBJECT
public:
    enum class Step
    {
        SignIn,
        Application,
        ApiKey,
        Done
    };
    Q_ENUM(Step)

    explicit SetupFlow(ApiClient* client, QObject* parent = nullptr);

    AdminApi* api() { return &m_api; }
    ApiClient* client() const { return m_api.client(); }

    // Inputs. Changing one forgets the results that depended on it.
    void setCredentials(const QString& email, const QString& password);
    void setNewApplication(const QString& name, const QString& description);
    void setExistingApplication(const QJsonObject& appInfo);
    void setKeyRequest(const QString& name, const QString& description, const QString& expireAt);
    void setServerName(const QString& name) { m_serverName = name; }
    // Keeps the signed-in session and results but drops the password from memory.
    void forgetPassword();
    bool holdsPassword() const { return !m_password.isEmpty(); }

    // An admin call that changes nothing (a listing), with the same silent session renewal
    // as the steps. done gets the final result; a failed renewal reports the original 1004.
    void query(std::function<ApiRequest*()> make, std::function<void(const ApiResult&)> done);
    void cancelQuery();

    // Runs every step up to and including target that has not succeeded yet.
    void runUntil(Step target);
    void cancel();
    bool isBusy() const { return !m_request.isNull(); }
    bool isDone(Step step) const;

    // What an interrupted run leaves uncertain on the server (nothing secret), so that a
    // later process can look before it creates again. Empty when nothing is uncertain.
    QJsonObject pendingState() const;
    // Takes over such a state if it is for the inputs now set (same application and key
    // name); returns whether it did.
    bool resumePending(const QJsonObject& state);
    QString applicationName() const { return m_appName; }

    QString signedInEmail() const { return m_signedInAs; }
    QJsonObject application() const { return m_app; }
    // The step is done for exactly this request, so Back and Next never make a second one.
    bool hasApplicationFor(const QString& name, const QString& description) const;
    bool hasKeyFor(const QString& name, const QString& description, const QString& expireAt) const;
    QJsonObject apiKeyInfo() const { return m_keyInfo; }
    SetupResult result() const;

signals:
    void stepStarted(aipex::SetupFlow::Step step);
    void progress(const QString& message);
    void stepSucceeded(aipex::SetupFlow::Step step);
    void reached(aipex::SetupFlow::Step target);
    // step is where the user can fix it: SignIn when the session could not be renewed.
    void failed(aipex::SetupFlow::Step step, const aipex::Error& error);

private:
    void advance();
    // onError, when given, takes a failure instead of failed(SignIn, …).
    void signIn(std::function<void()> then, std::function<void(const Error&)> onError = {});
    void ensureApplication();
    void createApplication();
    void ensureKey();
    void createKey();
    void forgetKey(bool otherApplication);
    void readBackKey();
    void recoverKey();
    void deleteOrphans();
    // Reads every page of the application's keys into m_keyRecords, then calls then.
    void collectKeys(int page, std::function<void()> then);
    void adoptKey(const QJsonObject& info, const QString& key);
    // The one session-renewal path, for steps (send) and listings (query): an expired session is
    // renewed once with the password held and the same call repeated; done gets the final
    // answer, onSignInError a failed renewal (with the first answer).
    void callRenewing(QPointer<ApiRequest>* slot, std::function<ApiRequest*()> make,
                      std::function<void(const ApiResult&)> done,
                      std::function<void(const ApiResult&, const Error&)> onSignInError);
    // A step's call: an error fails the step unless onError takes it.
    void send(Step step, std::function<ApiRequest*()> make, std::function<void(const ApiResult&)> onOk,
              std::function<void(const Error&)> onError = {});
    void fail(Step step, const Error& error);
    static bool mayHaveReachedServer(const Error& e);

    AdminApi m_api;
    QPointer<ApiRequest> m_request;
    QPointer<ApiRequest> m_query;
    Step m_target = Step::SignIn;

    QString m_email, m_password, m_signedInAs;
    bool m_signedIn = false;

    QString m_appName, m_appDescription;
    QJsonObject m_existingApp;
    QJsonObject m_app;
    bool m_appCreatedHere = false;
    bool m_appUncertain = false; // a create may have succeeded without us hearing the answer

    QString m_keyName, m_keyDescription, m_keyExpire;
    QJsonObject m_keyInfo;
    QString m_key;
    bool m_keySaved = false; // save answered true (v1): the key is only in the listing
    bool m_keyUncertain = false;
    QJsonArray m_keyRecords;
    // Keys of an existing application up to this id were there before us (-1: none known).
    double m_keyIdFloor = -1;
    bool m_keyFloorKnown = false;
    QStringList m_orphans; // ids of keys whose save answer was lost, to delete

    QString m_serverName;
};

} // namespace aipex
