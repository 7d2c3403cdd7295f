#pragma once

#include "fakeserver/FakeServer.h"

#include <QList>
#include <QMetaType>
#include <QString>

// The fault matrix both front ends are tested with (tst_wizardfaults, tst_clifaults):
// every fault the stand-in offers at every step a user goes through, with the error
// code the user must see. SetupFlow's own table (tst_setupflow) covers the engine; these
// rows check that the wizard and the CLI pass the same codes on, that Retry (or running
// the command again) then succeeds, and that the request log shows no second
// application or key.
namespace aipex::test {

enum class MatrixStep
{
    Probe,     // the server check before sign-in (/admin/application/page without a token)
    SignIn,    // /admin/login
    ListApps,  // /admin/application/page, signed in
    CreateApp, // /admin/application
    CreateKey, // .../apikeys/{appId}/save
    ListKeys,  // .../apikeys/{appId}/page (v1 reads the new key from it)
    Verify     // the MCP connection check
};

struct FaultCase
{
    MatrixStep step;
    FakeServer::Flavor flavor;
    FakeServer::Endpoint endpoint;
    FakeServer::Fault fault;
    int code; // what the user sees; 0: absorbed without the user noticing
    QString name;

    // Qt re-sends a request whose connection was reset before any answer: reset every try.
    int times() const { return fault == FakeServer::Fault::ConnectionReset ? -1 : 1; }
    // The answer may have been lost after the server acted.
    bool answerLost() const
    {
        return fault == FakeServer::Fault::MalformedJson || fault == FakeServer::Fault::TruncatedBody ||
               fault == FakeServer::Fault::Hang;
    }
};

inline QString matrixStepName(MatrixStep s)
{
    switch (s) {
    case MatrixStep::Probe:
        return QStringLiteral("probe");
    case MatrixStep::SignIn:
        return QStringLiteral("login");
    case MatrixStep::ListApps:
        return QStringLiteral("list-apps");
    case MatrixStep::CreateApp:
        return QStringLiteral("create-app");
    case MatrixStep::CreateKey:
        return QStringLiteral("create-key");
    case MatrixStep::ListKeys:
        return QStringLiteral("list-keys");
    case MatrixStep::Verify:
        return QStringLiteral("verify");
    }
    return {};
}

inline QList<FaultCase> faultMatrix()
{
    using F = FakeServer::Fault;
    using E = FakeServer::Endpoint;
    using V = FakeServer::Flavor;
    struct AdminFault
    {
        F fault;
        int code;
        const char* name;
    };
    const AdminFault adminFaults[] = {
        {F::Http500, 5000, "500"},         {F::Html502, 5000, "502"},
        {F::MalformedJson, 2002, "json"},  {F::TruncatedBody, 2002, "truncated"},
        {F::ConnectionReset, 2004, "rst"}, {F::Hang, 2003, "hang"},
        {F::TokenExpired, 0, "expired"},   {F::RateLimited, 2001, "429"},
        {F::Http401, 4000, "http401"},     {F::Http404, 4000, "http404"},
    };
    struct AdminStep
    {
        MatrixStep step;
        E endpoint;
        V flavor;
    };
    const AdminStep adminSteps[] = {
        {MatrixStep::Probe, E::AppPage, V::V2},     {MatrixStep::SignIn, E::Login, V::V2},
        {MatrixStep::ListApps, E::AppPage, V::V2},  {MatrixStep::CreateApp, E::AppCreate, V::V2},
        {MatrixStep::CreateKey, E::KeySave, V::V2}, {MatrixStep::CreateKey, E::KeySave, V::V1},
        {MatrixStep::ListKeys, E::KeyPage, V::V1},
    };
    QList<FaultCase> rows;
    for (const AdminStep& s : adminSteps) {
        for (const AdminFault& f : adminFaults) {
            int code = f.code;
            // An envelope 401 is what the probe looks for; on the sign-in it means "not signed in".
            if (f.fault == F::TokenExpired && s.step == MatrixStep::SignIn)
                code = 1003;
            // A plain HTTP 401/404 where the API answers with an envelope: the address is wrong.
            if ((f.fault == F::Http401 || f.fault == F::Http404) && s.step == MatrixStep::Probe)
                code = 2002;
            const QString name = QStringLiteral("%1 %2 %3")
                                     .arg(s.flavor == V::V1 ? QStringLiteral("v1") : QStringLiteral("v2"),
                                          matrixStepName(s.step), QLatin1String(f.name));
            rows.append({s.step, s.flavor, s.endpoint, f.fault, code, name});
        }
        // The key limit is an answer, not a failure: said as such, and nothing is retried blindly.
        if (s.step == MatrixStep::CreateKey)
            rows.append({s.step, s.flavor, s.endpoint, F::KeyLimit, 2001,
                         QStringLiteral("%1 create-key key-limit")
                             .arg(s.flavor == V::V1 ? QStringLiteral("v1") : QStringLiteral("v2"))});
    }
    struct McpFault
    {
        E endpoint;
        F fault;
        int code;
        const char* name;
    };
    const McpFault mcpFaults[] = {
        {E::McpSse, F::SseHangAfterEndpoint, 2003, "sse hang after endpoint"},
        {E::McpSse, F::SseMalformedEvent, 2002, "sse malformed event"},
        {E::McpSse, F::SseCloseEarly, 2002, "sse closes early"},
        {E::McpSse, F::Http401, 4000, "sse 401"},
        {E::McpSse, F::Http404, 4000, "sse 404"},
        {E::McpSse, F::Http500, 5000, "sse 500"},
        {E::McpSse, F::Html502, 5000, "sse 502"},
        {E::McpSse, F::ConnectionReset, 2004, "sse rst"},
        {E::McpSse, F::Hang, 2003, "sse hang"},
        {E::McpSse, F::MalformedJson, 2002, "sse json instead of a stream"},
        {E::McpSse, F::TruncatedBody, 2002, "sse truncated"},
        {E::McpMessage, F::Http500, 5000, "message 500"},
        {E::McpMessage, F::Html502, 5000, "message 502"},
        {E::McpMessage, F::Http404, 4000, "message 404"},
        // The answers travel on the stream; the POST's own reply is only an acknowledgement.
        {E::McpMessage, F::MalformedJson, 0, "message json"},
        {E::McpMessage, F::ConnectionReset, 2004, "message rst"},
        // The answer still arrives on the event stream; only the POST's own reply hangs.
        {E::McpMessage, F::Hang, 0, "message hang"},
    };
    for (const McpFault& f : mcpFaults)
        rows.append({MatrixStep::Verify, V::V2, f.endpoint, f.fault, f.code,
                     QStringLiteral("v2 verify %1").arg(QLatin1String(f.name))});
    return rows;
}

} // namespace aipex::test

Q_DECLARE_METATYPE(aipex::test::FaultCase)
