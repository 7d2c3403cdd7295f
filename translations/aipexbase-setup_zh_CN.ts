<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CliOptions</name>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="+44"/>
        <source>Create an AIPEXBASE application and API key and write the MCP config for your AI editor.

Commands:
  create [NAME] [DESCRIPTION]  sign in, create an application and a key, write the config (default)
  apps                         list or search your applications
  keys APP_ID                  list the API keys of an application (masked)
  config --url MCP_URL         print the MCP config for a URL you already have
  batch FILE                   create one application per line &quot;name|description&quot;

Settings come from the environment (AIPEXBASE_BASE_URL, AIPEXBASE_ADMIN_EMAIL,
AIPEXBASE_ADMIN_PASSWORD, ...), from ./.env, and from the options below, which win.</source>
        <translation>创建 AIPEXBASE 应用和 API 密钥，并为你的 AI 编辑器写入 MCP 配置。

命令：
  create [NAME] [DESCRIPTION]  登录、创建应用和密钥并写入配置（默认命令）
  apps                         列出或搜索你的应用
  keys APP_ID                  列出某个应用的 API 密钥（脱敏显示）
  config --url MCP_URL         为已有的 MCP URL 输出配置
  batch FILE                   批量创建应用，每行一个，格式为 &quot;name|description&quot;

设置项可来自环境变量（AIPEXBASE_BASE_URL、AIPEXBASE_ADMIN_EMAIL、
AIPEXBASE_ADMIN_PASSWORD 等）、./.env 文件以及下列选项，其中选项的优先级最高。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>create (default), apps, keys, config or batch.</source>
        <translation>create（默认）、apps、keys、config 或 batch。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NAME and DESCRIPTION for create; APP_ID for keys; FILE for batch.</source>
        <translation>create 命令的 NAME 和 DESCRIPTION；keys 命令的 APP_ID；batch 命令的 FILE。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read settings from FILE instead of ./.env.</source>
        <translation>从 FILE（而非 ./.env）读取设置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server address, e.g. http://host:8080/baas-api.</source>
        <translation>服务器地址，例如 http://host:8080/baas-api。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator email.</source>
        <translation>管理员邮箱。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the administrator password from the first line of standard input.</source>
        <translation>从标准输入的第一行读取管理员密码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the API key.</source>
        <translation>API 密钥的名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description of the API key.</source>
        <translation>API 密钥的描述。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key expiry, &quot;YYYY-MM-DD HH:mm:ss&quot; (default: never).</source>
        <translation>密钥过期时间，格式为 &quot;YYYY-MM-DD HH:mm:ss&quot;（默认：永不过期）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of the MCP server entry (default aipexbase-mcp-server).</source>
        <translation>MCP 服务器条目的名称（默认为 aipexbase-mcp-server）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where to write the MCP config (default mcp_config.json).</source>
        <translation>MCP 配置的写入位置（默认为 mcp_config.json）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this MCP address instead of &lt;server&gt;/mcp/sse (the key is added).</source>
        <translation>使用此 MCP 地址，而不是 &lt;server&gt;/mcp/sse（会自动附加密钥）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The MCP URL, for the config command.</source>
        <translation>MCP URL，供 config 命令使用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only applications whose name contains TEXT.</source>
        <translation>仅列出名称包含 TEXT 的应用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page to list (default 1).</source>
        <translation>要列出的页码（默认为 1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entries per page (default 10).</source>
        <translation>每页条目数（默认为 10）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where batch writes its results (default batch_results.json).</source>
        <translation>batch 命令的结果写入位置（默认为 batch_results.json）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the result or the error as JSON.</source>
        <translation>以 JSON 格式输出结果或错误。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explain each step (secrets are never shown).</source>
        <translation>详细说明每个步骤（绝不显示任何机密信息）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the API key and MCP URL unmasked.</source>
        <translation>完整显示 API 密钥和 MCP URL（不脱敏）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not colour the output.</source>
        <translation>不使用彩色输出。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of messages: en or zh_CN.</source>
        <translation>消息语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds to wait for each request (default 30).</source>
        <translation>每个请求的等待秒数（默认为 30）。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Too many arguments: %1</source>
        <translation>参数过多：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keys needs an APP_ID.</source>
        <translation>keys 命令需要提供 APP_ID。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>batch needs a FILE.</source>
        <translation>batch 命令需要提供 FILE。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not read the password from standard input.</source>
        <translation>无法从标准输入读取密码。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 must be a whole number from 1 to %2, not &quot;%3&quot;.</source>
        <translation>%1 必须是 1 到 %2 之间的整数，而不是“%3”。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--lang must be en or zh_CN, not &quot;%1&quot;.</source>
        <translation>--lang 必须是 en 或 zh_CN，而不是“%1”。</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <location filename="../app/cli/CliOutput.cpp" line="+85"/>
        <source>Error %1: %2</source>
        <translation>错误 %1：%2</translation>
    </message>
</context>
<context>
    <name>EnvConfig</name>
    <message>
        <location filename="../app/core/EnvConfig.cpp" line="+112"/>
        <source>line %1 is not KEY=VALUE and was ignored</source>
        <translation>第 %1 行不是 KEY=VALUE 格式，已忽略</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>line %1 has an unclosed quote and was ignored</source>
        <translation>第 %1 行存在未闭合的引号，已忽略</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not read the settings file %1: %2</source>
        <translation>无法读取设置文件 %1：%2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Missing required settings: %1. Set them in the environment, in a .env file, or with the matching command-line options.</source>
        <translation>缺少必需的设置：%1。请通过环境变量、.env 文件或相应的命令行选项进行设置。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The expiry &quot;%1&quot; is not a date and time in the form YYYY-MM-DD HH:mm:ss.</source>
        <translation>过期时间“%1”不是 YYYY-MM-DD HH:mm:ss 格式的日期时间。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The expiry %1 is not in the future.</source>
        <translation>过期时间 %1 不是将来的时间。</translation>
    </message>
</context>
<context>
    <name>Envelope</name>
    <message>
        <location filename="../app/core/Envelope.cpp" line="+20"/>
        <source>the answer was empty</source>
        <translation>响应为空</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the answer is not JSON (%1 at byte %2)</source>
        <translation>响应不是有效的 JSON（%1，位于第 %2 字节）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the answer is not a JSON object</source>
        <translation>响应不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the answer has no numeric &quot;code&quot; field</source>
        <translation>响应中缺少数值类型的 &quot;code&quot; 字段</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the answer&apos;s &quot;message&quot; is not text</source>
        <translation>响应中的 &quot;message&quot; 字段不是文本</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <location filename="../app/core/Error.cpp" line="+65"/>
        <source>Check the administrator email and password; try signing in to the web console with them.</source>
        <translation>请检查管理员邮箱和密码，可尝试用它们登录 Web 控制台进行验证。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in session ended. Sign in again.</source>
        <translation>登录会话已结束，请重新登录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the request. Read its message above; if it mentions a limit, wait or free up capacity and retry.</source>
        <translation>服务器拒绝了该请求。请查看上方的服务器消息；如果提示达到了某项限制，请稍候或释放部分资源后重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s answer was not what an AIPEXBASE server sends. Check that the address points at the AIPEXBASE API (often ending in /baas-api) and not at a web page or proxy.</source>
        <translation>服务器返回的响应不像是来自 AIPEXBASE 服务器。请确认地址指向的是 AIPEXBASE API（通常以 /baas-api 结尾），而不是某个网页或代理。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not answer in time. Check that it is running, or allow a longer timeout.</source>
        <translation>服务器未能及时响应。请确认服务器正在运行，或适当延长超时时间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not reach the server. Check the address and port, and that the server is running.</source>
        <translation>无法连接到服务器。请检查地址和端口，并确认服务器正在运行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new API key could not be read back. Create the key again, or copy it from the web console.</source>
        <translation>无法读取新创建的 API 密钥。请重新创建密钥，或从 Web 控制台中复制。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The application was not created. Check the name and that this account may create applications.</source>
        <translation>应用未创建成功。请检查应用名称，并确认该账号有权创建应用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provide the missing setting in the environment, a .env file or on the command line.</source>
        <translation>请通过环境变量、.env 文件或命令行提供缺少的设置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the value shown and try again.</source>
        <translation>请更正所示的值后重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server rejected the request. Check the address, in particular the /baas-api part.</source>
        <translation>服务器拒绝了该请求。请检查地址，尤其是 /baas-api 部分。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server had an internal problem. Retry in a moment or check the server&apos;s logs.</source>
        <translation>服务器内部出错。请稍后重试，或查看服务器日志。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server answered with an unexpected HTTP status.</source>
        <translation>服务器返回了意外的 HTTP 状态码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You cancelled the operation.</source>
        <translation>你已取消该操作。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something unexpected happened. Run again with --verbose for details.</source>
        <translation>发生了意外错误。请使用 --verbose 重新运行以查看详细信息。</translation>
    </message>
</context>
<context>
    <name>SecureFile</name>
    <message>
        <location filename="../app/core/SecureFile.cpp" line="+14"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it is a folder</source>
        <translation>该路径是一个文件夹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder could not be created</source>
        <translation>无法创建所在的文件夹</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its permissions could not be set</source>
        <translation>无法设置文件权限</translation>
    </message>
</context>
<context>
    <name>ServerEndpoint</name>
    <message>
        <location filename="../app/core/ServerEndpoint.cpp" line="+59"/>
        <source>The server address is empty.</source>
        <translation>服务器地址为空。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server address contains a space.</source>
        <translation>服务器地址中包含空格。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a valid address: %2</source>
        <translation>“%1”不是有效的地址：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only http:// and https:// addresses are supported, not %1://.</source>
        <translation>仅支持 http:// 和 https:// 地址，不支持 %1://。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; has no host name.</source>
        <translation>“%1”缺少主机名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not put a user name or password in the address; enter them when signing in.</source>
        <translation>请勿在地址中包含用户名或密码，请在登录时输入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port 0 is not a valid port.</source>
        <translation>端口 0 不是有效的端口。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a valid address.</source>
        <translation>“%1”不是有效的地址。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The MCP address &quot;%1&quot; must be a full http:// or https:// URL.</source>
        <translation>MCP 地址“%1”必须是完整的 http:// 或 https:// URL。</translation>
    </message>
</context>
<context>
    <name>aipex::AdminApi</name>
    <message>
        <location filename="../app/core/AdminApi.cpp" line="+29"/>
        <source>Sign-in refused: %1</source>
        <translation>登录被拒绝：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server accepted the sign-in but sent no token.</source>
        <translation>服务器接受了登录请求，但未返回令牌。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The application list from the server has no records.</source>
        <translation>服务器返回的应用列表中缺少 records 字段。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The application was not created: %1</source>
        <translation>应用未创建成功：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server did not return an application id for &quot;%1&quot;.</source>
        <translation>服务器未返回“%1”的应用 ID。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The server&apos;s answer to creating the key has no usable key.</source>
        <translation>服务器对创建密钥请求的响应中没有可用的密钥。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The application already has the maximum number of active API keys. Disable or delete an unused key in the web console, then try again.</source>
        <translation>该应用的有效 API 密钥数量已达上限。请在 Web 控制台中禁用或删除不再使用的密钥，然后重试。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server&apos;s answer to creating the key is not understood.</source>
        <translation>无法识别服务器对创建密钥请求的响应。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The key list from the server has no records.</source>
        <translation>服务器返回的密钥列表中缺少 records 字段。</translation>
    </message>
</context>
<context>
    <name>aipex::ApiRequest</name>
    <message>
        <location filename="../app/core/ApiRequest.cpp" line="+119"/>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>服务器在 %n 秒内未响应。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server&apos;s answer is larger than %1 MiB; it is not an AIPEXBASE answer.</source>
        <translation>服务器的响应超过 %1 MiB，不是 AIPEXBASE 的响应。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The request ended unexpectedly.</source>
        <translation>请求意外终止。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server answered HTTP %1 %2.</source>
        <translation>服务器返回了 HTTP %1 %2。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The server&apos;s answer could not be read: %1.</source>
        <translation>无法解析服务器的响应：%1。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The sign-in session expired or was rejected: %1</source>
        <translation>登录会话已过期或被拒绝：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not signed in: %1</source>
        <translation>未登录：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server is limiting how fast requests may arrive (%1). Wait a moment and retry.</source>
        <translation>服务器正在限制请求频率（%1）。请稍候再重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused the request: %1</source>
        <translation>服务器拒绝了该请求：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing is listening at %1 (connection refused).</source>
        <translation>%1 上没有服务在监听（连接被拒绝）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The host name &quot;%1&quot; could not be found.</source>
        <translation>找不到主机名“%1”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server did not answer in time.</source>
        <translation>服务器未能及时响应。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server closed the connection before its answer was complete.</source>
        <translation>服务器在响应完成前关闭了连接。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server closed the connection without answering.</source>
        <translation>服务器未作任何响应便关闭了连接。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secure connection to %1 failed: %2</source>
        <translation>与 %1 建立安全连接失败：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server redirected from https:// to plain http://; refused to follow.</source>
        <translation>服务器将请求从 https:// 重定向到了未加密的 http://，已拒绝跟随。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server redirected too many times.</source>
        <translation>服务器重定向次数过多。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server&apos;s answer broke the HTTP protocol: %1</source>
        <translation>服务器的响应不符合 HTTP 协议：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network error talking to %1: %2</source>
        <translation>与 %1 通信时发生网络错误：%2</translation>
    </message>
</context>
<context>
    <name>aipex::MemoryCredentialStore</name>
    <message>
        <location filename="../app/core/MemoryCredentialStore.cpp" line="+12"/>
        <source>No keychain is available.</source>
        <translation>没有可用的钥匙串。</translation>
    </message>
</context>
<context>
    <name>aipex::ServerProbe</name>
    <message>
        <location filename="../app/core/ServerProbe.cpp" line="+58"/>
        <source>%1 answered, but not like an AIPEXBASE server. Check the address: it is usually the web console&apos;s address followed by /baas-api, or the backend&apos;s own port.</source>
        <translation>%1 有响应，但看起来不是 AIPEXBASE 服务器。请检查地址：通常是 Web 控制台地址后加 /baas-api，或者是后端服务自身的端口。</translation>
    </message>
</context>
<context>
    <name>aipex::SetupFlow</name>
    <message>
        <location filename="../app/core/SetupFlow.cpp" line="+115"/>
        <source>Signing in as %1…</source>
        <translation>正在以 %1 的身份登录…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter the administrator email and password.</source>
        <translation>请输入管理员邮箱和密码。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The session expired; signing in again…</source>
        <translation>会话已过期，正在重新登录…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Checking whether &quot;%1&quot; was already created…</source>
        <translation>正在检查“%1”是否已创建…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Creating application &quot;%1&quot;…</source>
        <translation>正在创建应用“%1”…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Checking whether the key was already created…</source>
        <translation>正在检查密钥是否已创建…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Creating API key &quot;%1&quot;…</source>
        <translation>正在创建 API 密钥“%1”…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading the new key back…</source>
        <translation>正在读取新创建的密钥…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The key &quot;%1&quot; was created but is not in the key list.</source>
        <translation>密钥“%1”已创建，但未出现在密钥列表中。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server only shows the new key masked (%1), so it cannot be used. Create a key in the web console and copy it from there.</source>
        <translation>服务器只返回了脱敏后的新密钥（%1），因此无法使用。请在 Web 控制台中创建密钥并从那里复制。</translation>
    </message>
</context>
<context>
    <name>aipex::cli::BatchRunner</name>
    <message>
        <location filename="../app/cli/BatchRunner.cpp" line="+44"/>
        <source>Could not read the list %1: %2</source>
        <translation>无法读取列表文件 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no projects: write one &quot;name|description&quot; per line.</source>
        <translation>%1 中没有任何项目：请每行写一条 &quot;name|description&quot;。</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Signed in; creating %n project(s)…</source>
        <translation>
            <numerusform>已登录，正在创建 %n 个项目…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Done: %1 of %2 succeeded.</source>
        <translation>完成：共 %2 个，成功 %1 个。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Results written to %1</source>
        <translation>结果已写入 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n of the projects failed.</source>
        <translation>
            <numerusform>有 %n 个项目失败。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aipex::cli::CliApp</name>
    <message>
        <location filename="../app/cli/CliApp.cpp" line="+31"/>
        <source>Run with --help for the list of commands and options.
</source>
        <translation>使用 --help 运行可查看命令和选项列表。
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Missing required settings: %1. Set them in the environment, in a .env file, or with --base-url, --email and --password-stdin.</source>
        <translation>缺少必需的设置：%1。请通过环境变量、.env 文件，或 --base-url、--email 和 --password-stdin 选项进行设置。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 uses plain http:// to another machine: the password crosses the network unencrypted.</source>
        <translation>%1 使用未加密的 http:// 连接到另一台机器：密码将以明文形式在网络上传输。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 The AIPEXBASE API answers at %2: use that as the server address (AIPEXBASE_BASE_URL or --base-url).</source>
        <translation>%1 AIPEXBASE API 位于 %2：请将其用作服务器地址（AIPEXBASE_BASE_URL 或 --base-url）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Signed in as %1</source>
        <translation>已以 %1 的身份登录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Application &quot;%1&quot; (%2)</source>
        <translation>应用“%1”（%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>API key &quot;%1&quot; created</source>
        <translation>已创建 API 密钥“%1”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>MCP config written to %1</source>
        <translation>MCP 配置已写入 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Application:  %1 (%2)</source>
        <translation>  应用：        %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  API key:      %1</source>
        <translation>  API 密钥：    %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  MCP URL:      %1</source>
        <translation>  MCP URL：     %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The key is masked here; the file holds it in full (only you can read it). Use --show-key to print it.</source>
        <translation>此处显示的是脱敏后的密钥，文件中保存的是完整密钥（仅你本人可读取）。使用 --show-key 可显示完整密钥。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next: add the &quot;mcpServers&quot; entry of that file to your editor&apos;s MCP settings.</source>
        <translation>下一步：将该文件中的 &quot;mcpServers&quot; 条目添加到编辑器的 MCP 设置中。</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n application(s) in all; page %1 of %2:</source>
        <translation>
            <numerusform>共 %n 个应用，第 %1/%2 页：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>API keys of %1 (%n in all):</source>
        <translation>
            <numerusform>%1 的 API 密钥（共 %n 个）：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expires %1</source>
        <translation>过期时间：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>config needs --url MCP_URL.</source>
        <translation>config 命令需要 --url MCP_URL。</translation>
    </message>
</context>
<context>
    <name>aipex::gui::ApiKeyPage</name>
    <message>
        <location filename="../app/gui/ApiKeyPage.cpp" line="+23"/>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your editor uses this key to reach the application. It is shown once, so the wizard puts it straight into the MCP config.</source>
        <translation>编辑器将使用此密钥访问该应用。密钥只显示一次，因此向导会直接将其写入 MCP 配置。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Never</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In 30 days</source>
        <translation>30 天后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In 90 days</source>
        <translation>90 天后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In 365 days</source>
        <translation>365 天后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a date…</source>
        <translation>指定日期…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expiry date</source>
        <translation>过期日期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Application:</source>
        <translation>应用：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xpires:</source>
        <translation>过期时间(&amp;X)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expiry &amp;date:</source>
        <translation>过期日期(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>aipex::gui::ApplicationPage</name>
    <message>
        <location filename="../app/gui/ApplicationPage.cpp" line="+25"/>
        <source>Create a &amp;new application</source>
        <translation>创建新应用(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use an &amp;existing application</source>
        <translation>使用现有应用(&amp;E)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Previous page</source>
        <translation>上一页(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt page</source>
        <translation>下一页(&amp;X)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Application</source>
        <translation>应用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The MCP key belongs to one application: its tables and APIs are what your editor will see.</source>
        <translation>MCP 密钥只属于一个应用：编辑器能看到的就是该应用的数据表和 API。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search by name</source>
        <translation>按名称搜索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search applications by name</source>
        <translation>按名称搜索应用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Applications</source>
        <translation>应用列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Application id</source>
        <translation>应用 ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Na&amp;me:</source>
        <translation>名称(&amp;M)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>Page %1 of %2 (%n application(s))</source>
        <translation>
            <numerusform>第 %1/%2 页（共 %n 个应用）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aipex::gui::AsyncPage</name>
    <message>
        <location filename="../app/gui/AsyncPage.cpp" line="+15"/>
        <source>Talking to the server…</source>
        <translation>正在与服务器通信…</translation>
    </message>
</context>
<context>
    <name>aipex::gui::ConnectPage</name>
    <message>
        <location filename="../app/gui/ConnectPage.cpp" line="+25"/>
        <location line="+41"/>
        <source>&amp;Reveal key</source>
        <translation>显示密钥(&amp;R)</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>&amp;Copy config</source>
        <translation>复制配置(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect your editor</source>
        <translation>连接编辑器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add this MCP server to your editor. The key is hidden on screen; Copy and Save use the real one.</source>
        <translation>请将此 MCP 服务器添加到编辑器中。屏幕上的密钥已隐藏，“复制配置”和“另存为”使用的是真实密钥。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MCP configuration</source>
        <translation>MCP 配置</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Server &amp;name:</source>
        <translation>服务器名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Hide key</source>
        <translation>隐藏密钥(&amp;H)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The config is on the clipboard.</source>
        <translation>配置已复制到剪贴板。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save MCP config</source>
        <translation>保存 MCP 配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Saved to %1 (readable only by you).</source>
        <translation>已保存到 %1（仅你本人可读取）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>aipex::gui::DonePage</name>
    <message>
        <location filename="../app/gui/DonePage.cpp" line="+19"/>
        <source>All set</source>
        <translation>一切就绪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your editor can now reach AIPEXBASE over MCP.</source>
        <translation>你的编辑器现在可以通过 MCP 访问 AIPEXBASE 了。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next steps:
1. If you have not yet, add the config to your editor&apos;s MCP settings (Copy or Save on the previous page).
2. Restart or reload the editor so it connects.
3. Ask your AI assistant to list the tables of your application.</source>
        <translation>后续步骤：
1. 如果尚未添加，请将配置添加到编辑器的 MCP 设置中（使用上一页的“复制配置”或“另存为”）。
2. 重启或重新加载编辑器，使其建立连接。
3. 让 AI 助手列出你的应用中的数据表。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Application:</source>
        <translation>应用：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key:</source>
        <translation>API 密钥：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MCP URL:</source>
        <translation>MCP URL：</translation>
    </message>
</context>
<context>
    <name>aipex::gui::ServerPage</name>
    <message>
        <location filename="../app/gui/ServerPage.cpp" line="+18"/>
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;advanced settings</source>
        <translation>显示高级设置(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your AIPEXBASE server</source>
        <translation>你的 AIPEXBASE 服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where does your AIPEXBASE server answer? For example http://localhost:8080/baas-api.</source>
        <translation>你的 AIPEXBASE 服务器地址是什么？例如 http://localhost:8080/baas-api。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that an AIPEXBASE server answers at this address</source>
        <translation>检查此地址上是否有 AIPEXBASE 服务器响应</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leave empty to use &lt;server&gt;/mcp/sse</source>
        <translation>留空则使用 &lt;server&gt;/mcp/sse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MCP address override</source>
        <translation>自定义 MCP 地址</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server &amp;address:</source>
        <translation>服务器地址(&amp;A)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;MCP address:</source>
        <translation>MCP 地址(&amp;M)：</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Found an AIPEXBASE server at %1.</source>
        <translation>已在 %1 找到 AIPEXBASE 服务器。</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Warning: %1 uses plain http:// to another machine. Your administrator password will cross the network unencrypted. Prefer https:// if the server offers it.</source>
        <translation>警告：%1 使用未加密的 http:// 连接到另一台机器，你的管理员密码将以明文形式在网络上传输。如果服务器支持 https://，请优先使用。</translation>
    </message>
</context>
<context>
    <name>aipex::gui::SetupWizard</name>
    <message>
        <location filename="../app/gui/SetupWizard.cpp" line="+30"/>
        <source>AIPEXBASE MCP Setup</source>
        <translation>AIPEXBASE MCP 配置向导</translation>
    </message>
</context>
<context>
    <name>aipex::gui::SignInPage</name>
    <message>
        <location filename="../app/gui/SignInPage.cpp" line="+22"/>
        <source>&amp;Remember password in the system keychain</source>
        <translation>在系统钥匙串中记住密码(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forget saved password</source>
        <translation>清除已保存的密码(&amp;F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in as administrator</source>
        <translation>以管理员身份登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the administrator account of the AIPEXBASE web console.</source>
        <translation>请使用 AIPEXBASE Web 控制台的管理员账号。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <location line="+34"/>
        <source>Show password</source>
        <translation>显示密码</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>&amp;Email:</source>
        <translation>邮箱(&amp;E)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Hide password</source>
        <translation>隐藏密码</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The password was filled in from the system keychain.</source>
        <translation>已从系统钥匙串中填入密码。</translation>
    </message>
</context>
<context>
    <name>aipex::gui::StatusPanel</name>
    <message>
        <location filename="../app/gui/StatusPanel.cpp" line="+16"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Working</source>
        <translation>正在处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the request that is running</source>
        <translation>停止正在进行的请求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the failed step again</source>
        <translation>重新执行失败的步骤</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Error %1: %2</source>
        <translation>错误 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Note</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>aipex::gui::WizardController</name>
    <message>
        <location filename="../app/gui/WizardController.cpp" line="+51"/>
        <source>Added %1: the AIPEXBASE API answers there.</source>
        <translation>已在地址后添加 %1：AIPEXBASE API 位于该路径下。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No system keychain is available: the password will not be remembered.</source>
        <translation>没有可用的系统钥匙串，将不会记住密码。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The password could not be saved in the keychain: %1</source>
        <translation>无法将密码保存到钥匙串：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The saved password was removed from the keychain.</source>
        <translation>已从钥匙串中删除保存的密码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved password could not be removed: %1</source>
        <translation>无法删除已保存的密码：%1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The check was cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+69"/>
        <source>AIPEXBASE MCP Setup</source>
        <translation>AIPEXBASE MCP 配置向导</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect AI editors to an AIPEXBASE server.</source>
        <translation>将 AI 编辑器连接到 AIPEXBASE 服务器。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fill in the server address.</source>
        <translation>预先填入服务器地址。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the local demo server&apos;s sign-in hint.</source>
        <translation>显示本地演示服务器的登录提示。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language: en or zh_CN.</source>
        <translation>语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Demo server: sign in as admin@example.com with the password admin123.</source>
        <translation>演示服务器：请使用 admin@example.com 和密码 admin123 登录。</translation>
    </message>
</context>
</TS>
