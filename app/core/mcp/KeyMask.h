#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace aipex {

// Hides an API key in text shown or logged: every form it takes in a config (as typed and
// percent-encoded) becomes McpEntry::maskToken's "kf_api_ab••••••1234". The one place
// previews, diffs, results and logs mask a key.
class KeyMask
{
public:
    KeyMask() = default; // masks nothing: the user asked to see the key
    explicit KeyMask(const QUrl& mcpUrl);
    explicit KeyMask(const QStringList& secrets);

    QStringList secrets() const { return m_secrets; }
    bool isEmpty() const { return m_secrets.isEmpty(); }

    QString apply(QString text) const;
    QByteArray apply(QByteArray text) const;

private:
    QStringList m_secrets;
};

} // namespace aipex
