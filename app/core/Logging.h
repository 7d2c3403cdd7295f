#pragma once

#include <QLoggingCategory>

// One category per module; --verbose turns on aipexbase.* (debug). Nothing
// logged under them may contain a password, an admin token or an API key.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcFlow)
Q_DECLARE_LOGGING_CATEGORY(lcConfig)
