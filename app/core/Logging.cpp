#include "Logging.h"

Q_LOGGING_CATEGORY(lcApi, "aipexbase.core.api", QtWarningMsg)
Q_LOGGING_CATEGORY(lcFlow, "aipexbase.core.flow", QtWarningMsg)
Q_LOGGING_CATEGORY(lcConfig, "aipexbase.core.config", QtWarningMsg)
