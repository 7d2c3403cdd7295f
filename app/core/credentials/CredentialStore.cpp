#include "credentials/CredentialStore.h"

namespace aipex {

QString CredentialStore::accountKey(const QString& email, const QUrl& serverOrigin)
{
    return email.trimmed().toLower() + u'@' +
           serverOrigin
               .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo |
                         QUrl::StripTrailingSlash)
               .toString();
}

} // namespace aipex
