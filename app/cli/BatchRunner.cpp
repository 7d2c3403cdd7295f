#include "BatchRunner.h"

#include "SecureFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace aipex::cli {

BatchRunner::BatchRunner(SetupFlow* flow, CliOutput* out, QObject* parent)
    : QObject(parent)
    , m_flow(flow)
    , m_out(out)
{}

QList<QPair<QString, QString>> BatchRunner::parseList(const QString& text)
{
    QList<QPair<QString, QString>> items;
    const QStringList lines = text.split(u'\n');
    for (QString line : lines) {
        line = line.trimmed();
        if (line.startsWith(QChar(0xFEFF)))
            line.remove(0, 1);
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype bar = line.indexOf(u'|');
        const QString name = (bar < 0 ? line : line.left(bar)).trimmed();
        if (name.isEmpty())
            continue;
        items.append({name, bar < 0 ? QString() : line.mid(bar + 1).trimmed()});
    }
    return items;
}

void BatchRunner::start(const QString& listFile, const QString& resultsFile)
{
    m_resultsFile = resultsFile;
    QFile f(listFile);
    if (!f.open(QIODevice::ReadOnly)) {
        Error e(
            Error::InvalidConfig,
            tr("Could not read the list %1: %2").arg(QDir::toNativeSeparators(listFile), f.errorString()));
        e.addContext(QStringLiteral("file"), listFile);
        emit done(e);
        return;
    }
    m_items = parseList(QString::fromUtf8(f.readAll()));
    if (m_items.isEmpty()) {
        Error e(Error::InvalidConfig, tr("%1 has no projects: write one \"name|description\" per line.")
                                          .arg(QDir::toNativeSeparators(listFile)));
        emit done(e);
        return;
    }

    connect(m_flow, &SetupFlow::failed, this, [this](SetupFlow::Step step, const Error& e) {
        if (m_index < 0) { // the sign-in itself: nothing can follow
            emit done(e);
            return;
        }
        ++m_failures;
        m_lastError = e;
        m_out->line(QStringLiteral("  ✗ ") + e.toDisplayString(), CliOutput::Tone::Fail);
        m_results.append(QJsonObject{{QStringLiteral("name"), m_items.at(m_index).first},
                                     {QStringLiteral("status"), QStringLiteral("failed")},
                                     {QStringLiteral("error"), e.toDisplayString()},
                                     {QStringLiteral("code"), e.codeString()}});
        Q_UNUSED(step)
        next();
    });
    connect(m_flow, &SetupFlow::reached, this, [this](SetupFlow::Step target) {
        if (target == SetupFlow::Step::SignIn) {
            m_out->ok(tr("Signed in; creating %n project(s)…", nullptr, int(m_items.size())));
            next();
            return;
        }
        const SetupResult r = m_flow->result();
        m_out->line(QStringLiteral("  ✓ %1 (%2)").arg(r.appName, r.appId), CliOutput::Tone::Ok);
        m_results.append(QJsonObject{{QStringLiteral("name"), m_items.at(m_index).first},
                                     {QStringLiteral("status"), QStringLiteral("success")},
                                     {QStringLiteral("app_id"), r.appId},
                                     {QStringLiteral("token"), r.apiKey},
                                     {QStringLiteral("mcp_url"), r.mcpUrl.toString(QUrl::FullyEncoded)}});
        next();
    });
    m_flow->runUntil(SetupFlow::Step::SignIn);
}

void BatchRunner::next()
{
    ++m_index;
    if (m_index >= m_items.size()) {
        finishAll();
        return;
    }
    const auto& item = m_items.at(m_index);
    m_out->line(QStringLiteral("[%1/%2] %3").arg(m_index + 1).arg(m_items.size()).arg(item.first));
    m_flow->setNewApplication(item.first, item.second);
    m_flow->runUntil(SetupFlow::Step::Done);
}

void BatchRunner::finishAll()
{
    m_flow->forgetPassword();
    Error writeError;
    // The results hold keys: written like any file of ours that does, 0600 when new.
    const QByteArray text = QJsonDocument(m_results).toJson(QJsonDocument::Indented);
    if (!SecureFile::write(m_resultsFile, text, &writeError)) {
        emit done(writeError);
        return;
    }
    const int ok = int(m_items.size()) - m_failures;
    if (m_out->json()) {
        m_out->printJson(m_results);
    } else {
        m_out->line(QString());
        m_out->line(tr("Done: %1 of %2 succeeded.").arg(ok).arg(m_items.size()),
                    m_failures ? CliOutput::Tone::Warn : CliOutput::Tone::Ok);
        m_out->line(tr("Results written to %1")
                        .arg(QDir::toNativeSeparators(QFileInfo(m_resultsFile).absoluteFilePath())));
    }
    if (!m_failures) {
        emit done(Error());
        return;
    }
    // The exit code follows the last failure's category, so scripts can tell auth from network trouble.
    Error summary(m_lastError.code(), tr("%n of the projects failed.", nullptr, m_failures));
    summary.addContext(QStringLiteral("failed"), m_failures);
    summary.addContext(QStringLiteral("succeeded"), ok);
    emit done(summary);
}

} // namespace aipex::cli
