#include "CliOptions.h"

#include "CommandGuess.h"
#include "Secrets.h"
#include "mcp/McpEntry.h"

#include <QCommandLineParser>
#include <QFile>
#include <QProcessEnvironment>

#include <cstdio>

namespace aipex::cli {

namespace {

struct CommandWord
{
    const char* word;
    CliOptions::Command command;
};

constexpr CommandWord kCommands[] = {
    {"create", CliOptions::Command::Create},   {"apps", CliOptions::Command::Apps},
    {"keys", CliOptions::Command::Keys},       {"config", CliOptions::Command::Config},
    {"batch", CliOptions::Command::Batch},     {"verify", CliOptions::Command::Verify},
    {"install", CliOptions::Command::Install}, {"uninstall", CliOptions::Command::Uninstall},
    {"restore", CliOptions::Command::Restore}, {"clients", CliOptions::Command::Clients},
};

// Commands on their way from another branch: a typo of one is refused already, so no
// application is named after it in the meantime.
constexpr const char* kComingWords[] = {"status", "rotate", "repair", "remove", "revoke"};

// How many positional arguments come before the "--" that ends the options. QCommandLineParser
// drops that "--" silently, and it is not always the first one: in `--key-description -- x` the
// "--" is a value. A prefix that parses and leaves the rest as positional is the real end.
qsizetype positionalBeforeDoubleDash(QCommandLineParser& p, const QStringList& args, qsizetype count)
{
    qsizetype before = count;
    const QLatin1String dashes("--");
    for (qsizetype i = args.indexOf(dashes); i > 0; i = args.indexOf(dashes, i + 1)) {
        if (p.parse(args.mid(0, i)) && p.positionalArguments().size() + (args.size() - i - 1) == count) {
            before = p.positionalArguments().size();
            break;
        }
    }
    if (args.contains(dashes))
        p.parse(args); // the caller reads the whole line's options from p again
    return before;
}

} // namespace

bool CliOptions::readPasswordFromStdin(QString* out)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return false;
    QByteArray line = in.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    *out = QString::fromUtf8(line);
    return true;
}

bool CliOptions::parse(const QStringList& arguments, Error* error, bool* exitNow)
{
    *exitNow = false;
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Create an AIPEXBASE application and API key and write the MCP config for your AI editor.\n\n"
           "Commands:\n"
           "  create [NAME] [DESCRIPTION]  sign in, create an application and a key, write the config "
           "(default)\n"
           "  apps                         list or search your applications\n"
           "  keys APP_ID                  list the API keys of an application (masked)\n"
           "  config --url MCP_URL         print the MCP config for a URL you already have\n"
           "  batch FILE                   create one application per line \"name|description\"\n"
           "  verify [MCP_URL]             connect like an MCP client and prove the key (default: the URL\n"
           "                               in ./mcp_config.json)\n\n"
           "%1\n"
           "Settings come from the environment (AIPEXBASE_BASE_URL, AIPEXBASE_ADMIN_EMAIL,\n"
           "AIPEXBASE_ADMIN_PASSWORD, ...), from ./.env, and from the options below, which win.")
            .arg(EditorCommands::helpText()));
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(QStringLiteral("command"), tr("create (default), apps, keys, config or batch."),
                            QStringLiteral("[command]"));
    p.addPositionalArgument(QStringLiteral("args"),
                            tr("NAME and DESCRIPTION for create; APP_ID for keys; FILE "
                               "for batch."),
                            QStringLiteral("[args...]"));

    const QCommandLineOption envFileOpt(
        QStringLiteral("env-file"), tr("Read settings from FILE instead of ./.env."), QStringLiteral("FILE"));
    const QCommandLineOption baseUrlOpt(QStringLiteral("base-url"),
                                        tr("Server address, e.g. http://host:8080/baas-api."),
                                        QStringLiteral("URL"));
    const QCommandLineOption emailOpt(QStringLiteral("email"), tr("Administrator email."),
                                      QStringLiteral("EMAIL"));
    const QCommandLineOption pwStdinOpt(
        QStringLiteral("password-stdin"),
        tr("Read the administrator password from the first line of standard input."));
    const QCommandLineOption keyNameOpt(QStringLiteral("key-name"), tr("Name of the API key."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption keyDescOpt(QStringLiteral("key-description"), tr("Description of the API key."),
                                        QStringLiteral("TEXT"));
    const QCommandLineOption expireOpt(QStringLiteral("expire"),
                                       tr("Key expiry, \"YYYY-MM-DD HH:mm:ss\" (default: never)."),
                                       QStringLiteral("WHEN"));
    const QCommandLineOption serverNameOpt(
        QStringLiteral("server-name"),
        tr("Name of the MCP server entry (default %1).").arg(McpEntry::kDefaultServerName),
        QStringLiteral("NAME"));
    const QCommandLineOption outputOpt({QStringLiteral("o"), QStringLiteral("output")},
                                       tr("Where to write the MCP config (default mcp_config.json)."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption mcpUrlOpt(
        QStringLiteral("mcp-url"), tr("Use this MCP address instead of <server>/mcp/sse (the key is added)."),
        QStringLiteral("URL"));
    const QCommandLineOption urlOpt(QStringLiteral("url"), tr("The MCP URL, for the config command."),
                                    QStringLiteral("MCP_URL"));
    const QCommandLineOption searchOpt(
        QStringLiteral("search"), tr("Only applications whose name contains TEXT."), QStringLiteral("TEXT"));
    const QCommandLineOption pageOpt(QStringLiteral("page"), tr("Page to list (default 1)."),
                                     QStringLiteral("N"));
    const QCommandLineOption pageSizeOpt(QStringLiteral("page-size"), tr("Entries per page (default 10)."),
                                         QStringLiteral("N"));
    const QCommandLineOption resultsOpt(QStringLiteral("results"),
                                        tr("Where batch writes its results (default batch_results.json)."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption verifyOpt(QStringLiteral("verify"),
                                       tr("After create, check the new config like an MCP client would."));
    const QCommandLineOption bridgeOpt(
        QStringLiteral("bridge"),
        tr("verify through the mcp-remote bridge (runs npx, which may download it)."));
    const QCommandLineOption bridgeCmdOpt(QStringLiteral("bridge-command"),
                                          tr("verify through this bridge command instead of npx mcp-remote."),
                                          QStringLiteral("COMMAND"));
    const QCommandLineOption clientOpt(QStringLiteral("client"),
                                       tr("The editor to install into (see clients)."), QStringLiteral("ID"));
    const QCommandLineOption scopeOpt(QStringLiteral("scope"), tr("user (default) or project."),
                                      QStringLiteral("SCOPE"));
    const QCommandLineOption projectDirOpt(QStringLiteral("project-dir"),
                                           tr("The project folder for --scope project (default: here)."),
                                           QStringLiteral("DIR"));
    const QCommandLineOption fileOpt(QStringLiteral("file"),
                                     tr("Edit this config file instead of the editor's own."),
                                     QStringLiteral("PATH"));
    const QCommandLineOption backupOpt(QStringLiteral("backup"),
                                       tr("restore: put this backup back, not the newest."),
                                       QStringLiteral("PATH"));
    const QCommandLineOption dryRunOpt(QStringLiteral("dry-run"),
                                       tr("Show the change as a diff; write nothing."));
    const QCommandLineOption forceOpt(QStringLiteral("force"), tr("Replace an entry of the same name."));
    const QCommandLineOption caFileOpt(QStringLiteral("ca-file"),
                                       tr("Also trust the certificate authorities in FILE (PEM or DER)."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption fingerprintOpt(QStringLiteral("trust-fingerprint"),
                                            tr("Trust exactly the server certificate with this SHA-256 "
                                               "fingerprint (for a self-signed server)."),
                                            QStringLiteral("SHA256"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), tr("Print the result or the error as JSON."));
    const QCommandLineOption verboseOpt(QStringLiteral("verbose"),
                                        tr("Explain each step (secrets are never shown)."));
    const QCommandLineOption showKeyOpt(QStringLiteral("show-key"),
                                        tr("Print the API key and MCP URL unmasked."));
    const QCommandLineOption noColorOpt(QStringLiteral("no-color"), tr("Do not colour the output."));
    const QCommandLineOption langOpt(QStringLiteral("lang"), tr("Language of messages: en or zh_CN."),
                                     QStringLiteral("LANG"));
    const QCommandLineOption timeoutOpt(QStringLiteral("timeout"),
                                        tr("Seconds to wait for each request (default 30)."),
                                        QStringLiteral("SECONDS"));
    p.addOptions({envFileOpt, baseUrlOpt,    emailOpt,      pwStdinOpt, keyNameOpt, keyDescOpt,
                  expireOpt,  serverNameOpt, outputOpt,     mcpUrlOpt,  urlOpt,     searchOpt,
                  pageOpt,    pageSizeOpt,   resultsOpt,    jsonOpt,    verboseOpt, showKeyOpt,
                  noColorOpt, langOpt,       timeoutOpt,    verifyOpt,  bridgeOpt,  bridgeCmdOpt,
                  clientOpt,  scopeOpt,      projectDirOpt, fileOpt,    backupOpt,  dryRunOpt,
                  forceOpt,   caFileOpt,     fingerprintOpt});

    auto usage = [&](const QString& why) {
        *error = Error(Error::InvalidConfig, why);
        error->addContext(QStringLiteral("usage"), true);
        return false;
    };
    if (!p.parse(arguments))
        return usage(p.errorText());
    helpText = p.helpText();
    // Set first, so that a usage error found below is reported the way the caller asked.
    json = p.isSet(jsonOpt);
    noColor = p.isSet(noColorOpt);
    if (p.isSet(QStringLiteral("help")) || p.isSet(QStringLiteral("version"))) {
        const QString text =
            p.isSet(QStringLiteral("help"))
                ? helpText
                : QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion() + u'\n';
        const QByteArray bytes = text.toUtf8();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        *exitNow = true;
        return true;
    }

    positional = p.positionalArguments();
    // After "--" a word is a name, whatever it looks like: `-- status` makes "status".
    if (!positional.isEmpty() && positionalBeforeDoubleDash(p, arguments, positional.size()) > 0) {
        QStringList words;
        for (const CommandWord& c : kCommands)
            words << QLatin1String(c.word);
        const qsizetype found = words.indexOf(positional.first());
        if (found >= 0) {
            command = kCommands[found].command;
            positional.removeFirst();
        } else {
            for (const char* w : kComingWords)
                words << QLatin1String(w);
            // The first word doubles as the name for create: a near miss of a command is far
            // more likely a typo than a wish for an application called "stauts".
            const QString guess = CommandGuess::closest(positional.first(), words);
            if (!guess.isEmpty())
                return usage(
                    tr("Unknown command \"%1\": did you mean \"%2\"?").arg(positional.first(), guess) +
                    u'\n' + tr("To make an application of that name, put \"create\" before it."));
        }
    }
    const int maxPositional =
        (command == Command::Create || command == Command::Install)                             ? 2
        : (command == Command::Keys || command == Command::Batch || command == Command::Verify) ? 1
                                                                                                : 0;
    if (positional.size() > maxPositional)
        return usage(tr("Too many arguments: %1").arg(positional.mid(maxPositional).join(u' ')));
    if ((command == Command::Keys || command == Command::Batch) && positional.isEmpty())
        return usage(command == Command::Keys ? tr("keys needs an APP_ID.") : tr("batch needs a FILE."));

    Error envError;
    env = EnvConfig::load(p.value(envFileOpt), p.isSet(envFileOpt), QProcessEnvironment::systemEnvironment(),
                          &envError);
    if (envError) {
        *error = envError;
        return false;
    }

    auto pick = [&](const QCommandLineOption& opt, const QString& name, const QString& fallback = QString()) {
        return p.isSet(opt) ? p.value(opt) : env.value(name, fallback);
    };
    baseUrl = pick(baseUrlOpt, EnvConfig::kBaseUrl);
    email = pick(emailOpt, EnvConfig::kEmail).trimmed();
    password = env.value(EnvConfig::kPassword);
    // Read once; no child process (npx for the bridge, an editor's CLI) inherits it.
    Secrets::scrubEnvironment("AIPEXBASE_ADMIN_PASSWORD");
    if (p.isSet(pwStdinOpt) && !readPasswordFromStdin(&password))
        return usage(tr("Could not read the password from standard input."));
    keyName = pick(keyNameOpt, EnvConfig::kKeyName, EnvConfig::kDefaultKeyName);
    keyDescription = pick(keyDescOpt, EnvConfig::kKeyDesc, EnvConfig::kDefaultKeyDesc);
    expireAt = pick(expireOpt, EnvConfig::kKeyExpire).trimmed();
    serverName = pick(serverNameOpt, EnvConfig::kServerName, McpEntry::kDefaultServerName);
    outputFile = pick(outputOpt, EnvConfig::kOutputFile, EnvConfig::kDefaultOutputFile);
    outputSet = p.isSet(outputOpt) || env.has(EnvConfig::kOutputFile);
    mcpUrlOverride = p.value(mcpUrlOpt);
    configUrl = p.value(urlOpt);
    search = p.value(searchOpt);
    resultsFile = p.isSet(resultsOpt) ? p.value(resultsOpt) : QStringLiteral("batch_results.json");
    language = p.value(langOpt);
    verbose = p.isSet(verboseOpt) || EnvConfig::parseBool(env.value(EnvConfig::kVerbose));
    showKey = p.isSet(showKeyOpt);
    verifyAfterCreate = p.isSet(verifyOpt);
    bridge = p.isSet(bridgeOpt) || p.isSet(bridgeCmdOpt);
    bridgeCommand = p.value(bridgeCmdOpt).trimmed();
    editor.clientId = p.value(clientOpt).trimmed();
    if (p.isSet(scopeOpt))
        editor.scope = p.value(scopeOpt).trimmed();
    editor.projectDir = p.value(projectDirOpt);
    editor.url = p.value(urlOpt).trimmed();
    editor.serverName = serverName;
    editor.configFile = p.value(fileOpt);
    editor.backup = p.value(backupOpt);
    editor.dryRun = p.isSet(dryRunOpt);
    editor.force = p.isSet(forceOpt);
    editor.json = json;
    editor.showKey = showKey;
    for (const QString& file : p.values(caFileOpt)) {
        if (!trust.addCaFile(file, error))
            return false;
    }
    for (const QString& fp : p.values(fingerprintOpt)) {
        if (!trust.addFingerprint(fp, error))
            return false;
    }

    auto positiveInt = [&](const QString& text, const QString& what, int max, int* out) {
        bool ok = false;
        const int v = text.trimmed().toInt(&ok);
        if (!ok || v < 1 || v > max) {
            *error =
                Error(Error::InvalidConfig,
                      tr("%1 must be a whole number from 1 to %2, not \"%3\".").arg(what).arg(max).arg(text));
            return false;
        }
        *out = v;
        return true;
    };
    const QString timeoutText = pick(timeoutOpt, EnvConfig::kTimeout);
    int seconds = 30;
    if (!timeoutText.isEmpty() && !positiveInt(timeoutText, QStringLiteral("--timeout"), 3600, &seconds))
        return false;
    timeoutMs = seconds * 1000;
    if (p.isSet(pageOpt) && !positiveInt(p.value(pageOpt), QStringLiteral("--page"), 100000, &page))
        return false;
    if (p.isSet(pageSizeOpt) &&
        !positiveInt(p.value(pageSizeOpt), QStringLiteral("--page-size"), 1000, &pageSize))
        return false;
    if (!language.isEmpty() && language != u"en" && !language.startsWith(QLatin1String("zh")))
        return usage(tr("--lang must be en or zh_CN, not \"%1\".").arg(language));
    return true;
}

} // namespace aipex::cli
