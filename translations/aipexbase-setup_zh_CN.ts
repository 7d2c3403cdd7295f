<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BridgeCommand</name>
    <message>
        <location filename="../app/core/mcp/BridgeCommand.cpp" line="+37"/>
        <source>&quot;%1&quot; was not found. The bridge needs Node.js %2 or later, which provides npx: install it from your distribution or nodejs.org.</source>
        <translation>找不到“%1”。桥接需要 Node.js %2 或更高版本（它提供 npx）：请从发行版或 nodejs.org 安装。</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <location filename="../app/cli/CliOptions.cpp" line="+72"/>
        <source>Create an AIPEXBASE application and API key and write the MCP config for your AI editor.

Commands:
  create [NAME] [DESCRIPTION]  sign in, create an application and a key, write the config (default)
  apps                         list or search your applications
  keys APP_ID                  list the API keys of an application (masked)
  config --url MCP_URL         print the MCP config for a URL you already have
  batch FILE                   create one application per line &quot;name|description&quot;
  verify [MCP_URL]             connect like an MCP client and prove the key (default: the URL
                               in ./mcp_config.json)

%1
Settings come from the environment (AIPEXBASE_BASE_URL, AIPEXBASE_ADMIN_EMAIL,
AIPEXBASE_ADMIN_PASSWORD, ...), from ./.env, and from the options below, which win.</source>
        <translation>创建 AIPEXBASE 应用和 API 密钥，并为你的 AI 编辑器写入 MCP 配置。

命令：
  create [NAME] [DESCRIPTION]  登录，创建应用和密钥，然后写入配置（默认）
  apps                         列出或搜索你的应用
  keys APP_ID                  列出应用的 API 密钥（已脱敏）
  config --url MCP_URL         为已有的 URL 输出 MCP 配置
  batch FILE                   批量创建应用，每行一个 &quot;name|description&quot;
  verify [MCP_URL]             像 MCP 客户端一样连接并验证密钥（默认使用
                               ./mcp_config.json 中的 URL）

%1
设置来自环境变量（AIPEXBASE_BASE_URL、AIPEXBASE_ADMIN_EMAIL、
AIPEXBASE_ADMIN_PASSWORD 等）、./.env 文件以及下方的选项，其中选项优先。</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+4"/>
        <source>Name of the MCP server entry (default %1).</source>
        <translation>MCP 服务器条目的名称（默认 %1）。</translation>
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
        <location line="+3"/>
        <source>After create, check the new config like an MCP client would.</source>
        <translation>create 完成后，像 MCP 客户端一样检查新配置。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>verify through the mcp-remote bridge (runs npx, which may download it).</source>
        <translation>verify 命令通过 mcp-remote 桥接进行验证（会运行 npx，可能需要下载 mcp-remote）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verify through this bridge command instead of npx mcp-remote.</source>
        <translation>verify 命令通过此桥接命令（而非 npx mcp-remote）进行验证。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The editor to install into (see clients).</source>
        <translation>要安装到的编辑器（参见 clients 命令）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user (default) or project.</source>
        <translation>user（默认）或 project。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project folder for --scope project (default: here).</source>
        <translation>--scope project 使用的项目文件夹（默认为当前目录）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit this config file instead of the editor&apos;s own.</source>
        <translation>编辑此配置文件，而不是编辑器自己的配置文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>restore: put this backup back, not the newest.</source>
        <translation>restore 命令：还原此备份，而不是最新的备份。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the change as a diff; write nothing.</source>
        <translation>以差异形式显示更改，不写入任何内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace an entry of the same name.</source>
        <translation>替换同名条目。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also trust the certificate authorities in FILE (PEM or DER).</source>
        <translation>另外信任 FILE 中的证书颁发机构（PEM 或 DER 格式）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust exactly the server certificate with this SHA-256 fingerprint (for a self-signed server).</source>
        <translation>仅信任具有此 SHA-256 指纹的服务器证书（用于自签名证书的服务器）。</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+49"/>
        <source>Unknown command &quot;%1&quot;: did you mean &quot;%2&quot;?</source>
        <translation>未知命令“%1”：您是指“%2”吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To make an application of that name, put &quot;create&quot; before it.</source>
        <translation>如要创建这个名称的应用，请在它前面加上“create”。</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+19"/>
        <source>Could not read the password from standard input.</source>
        <translation>无法从标准输入读取密码。</translation>
    </message>
    <message>
        <location line="+44"/>
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
    <name>ClientProfile</name>
    <message>
        <location filename="../app/core/clients/ClientProfile.cpp" line="+50"/>
        <source>Whether Cursor accepts comments in mcp.json is not confirmed: strict JSON is written.</source>
        <translation>尚未确认 Cursor 是否接受 mcp.json 中的注释：将写入严格的 JSON。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Linux builds of Claude Desktop are unofficial. Quit Claude Desktop before the change: it rewrites this file when it exits.</source>
        <translation>Claude Desktop 的 Linux 版本并非官方发布。请在更改前退出 Claude Desktop：它会在退出时重写此文件。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Whether Windsurf accepts comments is not confirmed: strict JSON is written.</source>
        <translation>尚未确认 Windsurf 是否接受注释：将写入严格的 JSON。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Best guess: the Linux path and whether Trae wants &quot;type&quot;: &quot;sse&quot; are not confirmed.</source>
        <translation>推测配置：尚未确认 Linux 路径，以及 Trae 是否需要 &quot;type&quot;: &quot;sse&quot;。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Codex cannot reach an SSE server itself: it starts mcp-remote, which needs Node.js 18 or later. A project&apos;s .codex/config.toml is read only for trusted projects.</source>
        <translation>Codex 本身无法连接 SSE 服务器：它会启动 mcp-remote，这需要 Node.js 18 或更高版本。项目中的 .codex/config.toml 仅对受信任的项目生效。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Zed speaks stdio or streamable HTTP, not SSE: it starts mcp-remote, which needs Node.js 18 or later.</source>
        <translation>Zed 支持 stdio 或 Streamable HTTP，不支持 SSE：它会启动 mcp-remote，这需要 Node.js 18 或更高版本。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kiro takes a remote URL only over https or on this machine; otherwise it starts mcp-remote (Node.js 18 or later).</source>
        <translation>Kiro 只接受 https 或本机上的远程 URL；否则它会启动 mcp-remote（需要 Node.js 18 或更高版本）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Best guess: whether LM Studio speaks SSE to a &quot;url&quot; entry is not confirmed.</source>
        <translation>推测配置：尚未确认 LM Studio 是否会通过 SSE 连接 &quot;url&quot; 条目。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No file of its own: choose the file to write, or copy the entry.</source>
        <translation>没有专属的配置文件：请选择要写入的文件，或手动复制该条目。</translation>
    </message>
</context>
<context>
    <name>ConfigInstaller</name>
    <message>
        <location filename="../app/core/clients/ConfigInstaller.cpp" line="+57"/>
        <source>%1 has no project config file; use the user scope.</source>
        <translation>%1 没有项目级配置文件；请使用用户范围。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The project scope needs a project folder.</source>
        <translation>项目范围需要指定项目文件夹。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 is a folder, not a config file.</source>
        <translation>%1 是文件夹，而不是配置文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+120"/>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>%1 is running: quit it first, or it may undo this change when it exits.</source>
        <translation>%1 正在运行：请先退出，否则它可能会在退出时撤销此更改。</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>%1 has no user-wide config file; use the project scope or choose a file.</source>
        <translation>%1 没有用户级配置文件；请使用项目范围或选择一个文件。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Make sure %1 is not running: it rewrites this file when it exits.</source>
        <translation>请确保 %1 未在运行：它会在退出时重写此文件。</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1 reads this file as strict JSON, but it already holds comments, trailing commas or a byte-order mark: %1 may not read it.</source>
        <translation>%1 会按严格的 JSON 读取此文件，但文件中已包含注释、尾随逗号或字节顺序标记（BOM）：%1 可能无法读取它。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>There is no backup of %1 to restore.</source>
        <translation>没有可用于还原的 %1 备份。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 did not read back as written (%2); the previous text was put back.</source>
        <translation>%1 回读的内容与写入的不一致（%2）；已恢复原先的内容。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>different bytes</source>
        <translation>字节不一致</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not strict JSON: %1</source>
        <translation>不是严格的 JSON：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the entry is not there</source>
        <translation>条目不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the entry is still there</source>
        <translation>条目仍然存在</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 changed while the change was being prepared; run the command again.</source>
        <translation>准备更改期间 %1 已被修改；请重新运行该命令。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 already has a server named &quot;%2&quot; with other settings.</source>
        <translation>%1 中已有名为“%2”但设置不同的服务器。</translation>
    </message>
</context>
<context>
    <name>EditorCommands</name>
    <message>
        <location filename="../app/cli/EditorCommands.cpp" line="+35"/>
        <source>Editor commands:
  install --client ID --url MCP_URL   add the server to that editor&apos;s own config file
          [--scope user|project] [--project-dir DIR] [--server-name N] [--file PATH]
          [--dry-run] [--force]
  uninstall --client ID               remove it again (nothing else in the file changes)
  restore --client ID [--backup PATH] put the newest backup of that file back
  config --client ID --url MCP_URL    print the entry as that editor wants it
  clients                             list the editors, their files and whether they look installed
</source>
        <translation>编辑器命令：
  install --client ID --url MCP_URL   将服务器添加到该编辑器自己的配置文件中
          [--scope user|project] [--project-dir DIR] [--server-name N] [--file PATH]
          [--dry-run] [--force]
  uninstall --client ID               再次移除该服务器（文件中的其他内容保持不变）
  restore --client ID [--backup PATH] 用该文件的最新备份进行还原
  config --client ID --url MCP_URL    按该编辑器所需的格式输出条目
  clients                             列出各编辑器及其配置文件，并显示是否似乎已安装
</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>--scope must be user or project, not &quot;%1&quot;.</source>
        <translation>--scope 必须是 user 或 project，而不是“%1”。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This command needs --url MCP_URL.</source>
        <translation>此命令需要 --url MCP_URL。</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+12"/>
        <source>Choose an editor with --client (see the clients command).</source>
        <translation>请使用 --client 选择编辑器（参见 clients 命令）。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Use --scope project, or name a file with --file.</source>
        <translation>请使用 --scope project，或用 --file 指定文件。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Use --force to replace it, or choose another name with --server-name.</source>
        <translation>使用 --force 替换它，或用 --server-name 另选一个名称。</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2):</source>
        <translation>%1（%2）：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One-click link: %1</source>
        <translation>一键安装链接：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Or run: %1</source>
        <translation>或运行：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  (cmd.exe: %1)</source>
        <translation>  （cmd.exe 中：%1）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Editors (✓ looks installed here; ? best guess):</source>
        <translation>编辑器（✓ 表示本机似乎已安装；? 表示推测配置）：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(no file of its own)</source>
        <translation>（无专属配置文件）</translation>
    </message>
</context>
<context>
    <name>EditorSetup</name>
    <message>
        <location filename="../app/core/clients/EditorSetup.cpp" line="+35"/>
        <source>Choose an editor: %1.</source>
        <translation>请选择编辑器：%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no editor &quot;%1&quot;; choose one of: %2.</source>
        <translation>没有名为“%1”的编辑器；请从以下选择：%2。</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>%1 already has a server named &quot;%2&quot; with other settings. Replace it?</source>
        <translation>%1 中已存在名为“%2”但设置不同的服务器。是否替换？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install adds &quot;%1&quot; to %2 like this:</source>
        <translation>安装将按如下方式把“%1”添加到 %2：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install creates %1 like this:</source>
        <translation>安装将按如下内容创建 %1：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uninstall removes &quot;%1&quot; from %2 like this:</source>
        <translation>卸载将按如下方式从 %2 中移除“%1”：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore puts %1 back as it was in %2:</source>
        <translation>还原会将 %1 恢复为 %2 中的内容：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Dry run: %1 would change like this (nothing was written):</source>
        <translation>试运行：%1 将发生如下更改（未写入任何内容）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dry run: %1 would stay as it is.</source>
        <translation>试运行：%1 将保持不变。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 already has &quot;%2&quot; as wanted: %3 was left as it is.</source>
        <translation>%1 中的“%2”已符合要求：%3 保持不变。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No server named &quot;%1&quot; in %2: nothing to remove.</source>
        <translation>%2 中没有名为“%1”的服务器：无需移除。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Replaced &quot;%1&quot; in %2.</source>
        <translation>已替换 %2 中的“%1”。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added &quot;%1&quot; to %2.</source>
        <translation>已将“%1”添加到 %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed &quot;%1&quot; from %2.</source>
        <translation>已从 %2 中移除“%1”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored %1 from %2.</source>
        <translation>已从 %2 还原 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup of the previous text: %1</source>
        <translation>原内容的备份：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file was created (readable only by you).</source>
        <translation>已创建该文件（仅你本人可读取）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart %1 (or reload its MCP servers) to pick it up.</source>
        <translation>请重启 %1（或重新加载其 MCP 服务器）以使更改生效。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Best guess: where %1 keeps its servers is not confirmed.</source>
        <translation>推测配置：尚未确认 %1 将服务器配置保存在何处。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 reaches the server through the mcp-remote bridge (needs Node.js %2 or later). %3</source>
        <translation>%1 通过 mcp-remote 桥接连接服务器（需要 Node.js %2 或更高版本）。%3</translation>
    </message>
</context>
<context>
    <name>EnvConfig</name>
    <message>
        <location filename="../app/core/server/EnvConfig.cpp" line="+114"/>
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
        <location filename="../app/core/net/Envelope.cpp" line="+20"/>
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
        <location filename="../app/core/Error.cpp" line="+73"/>
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
    <name>JsoncEditor</name>
    <message>
        <location filename="../app/core/formats/JsoncEditor.cpp" line="+114"/>
        <source>%1, line %2, column %3: %4. The file was left unchanged.</source>
        <translation>%1，第 %2 行，第 %3 列：%4。文件未作更改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file</source>
        <translation>该文件</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the file holds a %1 where an object {…} was expected</source>
        <translation>文件内容是一个%1，但此处应为对象 {…}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list</source>
        <translation>列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>&quot;%1&quot; appears more than once</source>
        <translation>“%1”出现了多次</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&quot;%1&quot; is not an object {…}; fix it by hand first</source>
        <translation>“%1”不是对象 {…}；请先手动修复</translation>
    </message>
</context>
<context>
    <name>JsoncParser</name>
    <message>
        <location filename="../app/core/formats/JsoncParser.cpp" line="+51"/>
        <source>a /* comment is never closed</source>
        <translation>/* 注释未闭合</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a string is never closed</source>
        <translation>字符串未闭合</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a control character (such as a line break) inside a string</source>
        <translation>字符串中包含控制字符（如换行符）</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>a \u escape needs four hex digits</source>
        <translation>\u 转义序列需要四位十六进制数字</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an unknown escape \%1 in a string</source>
        <translation>字符串中有未知的转义序列 \%1</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+49"/>
        <source>a value was expected</source>
        <translation>此处应为值</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>digits were expected after the decimal point</source>
        <translation>小数点后应为数字</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>digits were expected in the exponent</source>
        <translation>指数部分应为数字</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the values are nested too deeply</source>
        <translation>值的嵌套层级过深</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the text ends where a value was expected</source>
        <translation>文本在应为值的位置意外结束</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+27"/>
        <source>the text ends inside an object</source>
        <translation>文本在对象内部意外结束</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>a quoted member name or } was expected</source>
        <translation>此处应为带引号的成员名或 }</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a : was expected after the member name</source>
        <translation>成员名后应为 :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a , or } was expected</source>
        <translation>此处应为 , 或 }</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the text ends inside a list</source>
        <translation>文本在列表内部意外结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a , or ] was expected</source>
        <translation>此处应为 , 或 ]</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>unexpected text after the end of the document</source>
        <translation>文档结束后存在多余的文本</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, line %2, column %3</source>
        <translation>%1，第 %2 行，第 %3 列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2. The file was left unchanged; fix it (or move it away) and try again.</source>
        <translation>%1：%2。文件未作更改；请修复该文件（或将其移走）后重试。</translation>
    </message>
</context>
<context>
    <name>ListingPrinter</name>
    <message numerus="yes">
        <location filename="../app/cli/ListingPrinter.cpp" line="+18"/>
        <source>%n application(s) in all; page %1 of %2:</source>
        <translation>
            <numerusform>共 %n 个应用，第 %1/%2 页：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>API keys of %1 (%n in all):</source>
        <translation>
            <numerusform>%1 的 API 密钥（共 %n 个）：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expires %1</source>
        <translation>过期时间：%1</translation>
    </message>
</context>
<context>
    <name>McpProbeReport</name>
    <message>
        <location filename="../app/core/mcp/McpProbeReport.cpp" line="+10"/>
        <source>failed at %1: %2</source>
        <translation>在%1时失败：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 tool</source>
        <translation>1 个工具</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 tools</source>
        <translation>%1 个工具</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>key proven, %1</source>
        <translation>密钥已验证，%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connected, key not checkable, %1</source>
        <translation>已连接，无法验证密钥，%1</translation>
    </message>
</context>
<context>
    <name>NetworkError</name>
    <message>
        <location filename="../app/core/net/NetworkError.cpp" line="+18"/>
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
        <location line="+3"/>
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
        <location line="+5"/>
        <source>The server&apos;s answer broke the HTTP protocol: %1</source>
        <translation>服务器的响应不符合 HTTP 协议：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network error talking to %1: %2</source>
        <translation>与 %1 通信时发生网络错误：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The certificate of %1 is not trusted: %2.</source>
        <translation>%1 的证书不受信任：%2。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Trusting this certificate would not help (%1): the server needs a valid certificate.</source>
        <translation>信任此证书也无济于事（%1）：服务器需要有效的证书。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If this is your server&apos;s own certificate (%1), trust exactly it with --trust-fingerprint %2, or give its CA with --ca-file.</source>
        <translation>如果这正是你的服务器自己的证书（%1），可用 --trust-fingerprint %2 只信任这一张证书，或用 --ca-file 提供其 CA。</translation>
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
        <location filename="../app/core/server/ServerEndpoint.cpp" line="+59"/>
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
    <name>TlsTrust</name>
    <message>
        <location filename="../app/core/net/TlsTrust.cpp" line="+17"/>
        <source>The CA file %1 could not be read: %2</source>
        <translation>无法读取 CA 文件 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 holds no PEM or DER certificate.</source>
        <translation>%1 中没有 PEM 或 DER 格式的证书。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint (64 hexadecimal digits, colons allowed).</source>
        <translation>“%1”不是 SHA-256 指纹（应为 64 位十六进制数字，可含冒号）。</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>subject %1, issued by %2, valid %3 to %4, SHA-256 %5</source>
        <translation>主体 %1，颁发者 %2，有效期 %3 至 %4，SHA-256 %5</translation>
    </message>
</context>
<context>
    <name>TomlEditor</name>
    <message>
        <location filename="../app/core/formats/TomlScanner.cpp" line="+156"/>
        <source>a string is not closed on its line</source>
        <translation>字符串未在同一行内闭合</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>a \u escape needs hex digits</source>
        <translation>\u 转义序列需要十六进制数字</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>an unknown escape in a string</source>
        <translation>字符串中有未知的转义序列</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>a key was expected</source>
        <translation>此处应为键</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>a [ or { is never closed</source>
        <translation>[ 或 { 未闭合</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>a multi-line string is never closed</source>
        <translation>多行字符串未闭合</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>a closing %1 without an opening one</source>
        <translation>多余的结束符 %1（没有对应的起始符）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unexpected character in a value</source>
        <translation>值中有意外的字符</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>unexpected text after a value</source>
        <translation>值后面存在多余的文本</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a value was expected after =</source>
        <translation>= 后面应为值</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>a table header is not closed with ]</source>
        <translation>表头未以 ] 闭合</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected text after a table header</source>
        <translation>表头后面存在多余的文本</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the table [%1] is defined twice</source>
        <translation>表 [%1] 被重复定义</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>= was expected after the key</source>
        <translation>键后面应为 =</translation>
    </message>
    <message>
        <location filename="../app/core/formats/TomlEditor.cpp" line="+28"/>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, line %2, column %3</source>
        <translation>%1，第 %2 行，第 %3 列</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2. The file was left unchanged; fix it (or move it away) and try again.</source>
        <translation>%1：%2。文件未作更改；请修复该文件（或将其移走）后重试。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1, line %2: %3. The file was left unchanged; edit that part by hand.</source>
        <translation>%1，第 %2 行：%3。文件未作更改；请手动编辑该部分。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file</source>
        <translation>该文件</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>[[%1]] is a list of tables, not the table of servers</source>
        <translation>[[%1]] 是表数组，而不是服务器表</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is written as one inline value</source>
        <translation>%1 被写成了单个内联值</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is defined with dotted keys or an inline table</source>
        <translation>“%1”是用点分键或内联表定义的</translation>
    </message>
</context>
<context>
    <name>YamlEditor</name>
    <message>
        <location filename="../app/core/formats/YamlEditor.cpp" line="+20"/>
        <source>%1, line %2, column %3: %4. The file was left unchanged; fix it or edit it by hand.</source>
        <translation>%1，第 %2 行，第 %3 列：%4。文件未作更改；请修复该文件或手动编辑。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file</source>
        <translation>该文件</translation>
    </message>
    <message>
        <location filename="../app/core/formats/YamlScanner.cpp" line="+181"/>
        <source>the file is not valid UTF-8</source>
        <translation>文件不是有效的 UTF-8 文本</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>a control character</source>
        <translation>一个控制字符</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a carriage return without a line feed</source>
        <translation>一个没有换行符配对的回车符</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>a tab in the indentation</source>
        <translation>缩进中包含制表符</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>an indented line before the first key</source>
        <translation>第一个键之前有缩进的行</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file holds several YAML documents</source>
        <translation>文件中包含多个 YAML 文档</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>a top-level line that is not &quot;key: value&quot;</source>
        <translation>顶层有一行不是“键: 值”格式</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>a list item that belongs to no key</source>
        <translation>一个不属于任何键的列表项</translation>
    </message>
    <message>
        <location filename="../app/core/formats/YamlEditor.cpp" line="+30"/>
        <location filename="../app/core/formats/YamlScanner.cpp" line="+17"/>
        <source>&quot;%1&quot; appears more than once</source>
        <translation>“%1”出现了多次</translation>
    </message>
    <message>
        <location filename="../app/core/formats/YamlScanner.cpp" line="+7"/>
        <source>expected &quot;%1: []&quot; with a single space</source>
        <translation>应为“%1: []”（冒号后只有一个空格）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not written as a block list (- name: …)</source>
        <translation>“%1”未写成块列表（- name: …）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is written as [] but has lines under it</source>
        <translation>“%1”写成了 []，但下面还有属于它的行</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; is not a list</source>
        <translation>“%1”不是列表</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>unexpected indentation in the list</source>
        <translation>列表中的缩进不符合预期</translation>
    </message>
</context>
<context>
    <name>aipex::AdminApi</name>
    <message>
        <location filename="../app/core/server/AdminApi.cpp" line="+29"/>
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
    <message>
        <location line="+13"/>
        <source>The server did not delete the key: %1</source>
        <translation>服务器未删除该密钥：%1</translation>
    </message>
</context>
<context>
    <name>aipex::ApiRequest</name>
    <message>
        <location filename="../app/core/net/ApiRequest.cpp" line="+120"/>
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
</context>
<context>
    <name>aipex::LegacySseTransport</name>
    <message>
        <location filename="../app/core/mcp/LegacySseTransport.cpp" line="+62"/>
        <source>The event stream sent a line longer than 4 MiB.</source>
        <translation>事件流发送了超过 4 MiB 的单行数据。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The server closed the event stream early.</source>
        <translation>服务器过早关闭了事件流。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The server named a message address on another host (%1).</source>
        <translation>服务器指定的消息地址位于另一台主机上（%1）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The server sent an event that is not a JSON-RPC message: %1</source>
        <translation>服务器发送的事件不是 JSON-RPC 消息：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
</context>
<context>
    <name>aipex::McpProbe</name>
    <message numerus="yes">
        <location filename="../app/core/mcp/McpProbe.cpp" line="+27"/>
        <source>No answer within %n second(s) while %1.</source>
        <translation>
            <numerusform>%1时，%n 秒内未收到响应。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>connecting to the MCP endpoint</source>
        <translation>连接 MCP 端点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>starting the MCP session (initialize)</source>
        <translation>启动 MCP 会话（initialize）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>listing the tools</source>
        <translation>列出工具</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>listing the prompts</source>
        <translation>列出提示词</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checking the key with the read-only list_tables tool</source>
        <translation>使用只读工具 list_tables 检查密钥</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&quot;%1&quot; is not an http:// or https:// MCP address.</source>
        <translation>“%1”不是 http:// 或 https:// 形式的 MCP 地址。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>HTTP %1 with %2</source>
        <translation>HTTP %1（%2）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no content type</source>
        <translation>无内容类型</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The MCP server answered %1 with error %2: %3</source>
        <translation>MCP 服务器在%1时返回了错误 %2：%3</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The server refused the API key (%1). The key is wrong, disabled or expired, or its application was deleted: create a new key.</source>
        <translation>服务器拒绝了该 API 密钥（%1）。密钥有误、已被禁用或已过期，或其所属应用已被删除：请创建新密钥。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make a new key (the wizard or aipexbase-setup-cli create) and put its config into the editor.</source>
        <translation>请新建一个密钥（使用向导或 aipexbase-setup-cli create），并将其配置放入编辑器中。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 does not answer like an MCP server: the event-stream request got %2 instead of a stream, and a Streamable HTTP request got HTTP %3.</source>
        <translation>%1 的应答不像 MCP 服务器：事件流请求得到的是 %2 而不是事件流，Streamable HTTP 请求得到的是 HTTP %3。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The check was cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
</context>
<context>
    <name>aipex::McpTransport</name>
    <message>
        <location filename="../app/core/mcp/McpTransport.cpp" line="+12"/>
        <source>The MCP endpoint answered HTTP %1.</source>
        <translation>MCP 端点返回了 HTTP %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The MCP endpoint refused the connection (HTTP %1): the key in the URL is missing or blank. The URL must end in ?token=&lt;your API key&gt;.</source>
        <translation>MCP 端点拒绝了连接（HTTP %1）：URL 中缺少密钥或密钥为空。URL 必须以 ?token=&lt;你的 API 密钥&gt; 结尾。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing answers at %1 (HTTP 404): the path is wrong.</source>
        <translation>%1 没有响应（HTTP 404）：路径有误。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The MCP endpoint sits at the server&apos;s root, not under /baas-api: try %1.</source>
        <translation>MCP 端点位于服务器根路径下，而不在 /baas-api 下：请尝试 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An AIPEXBASE server serves MCP at &lt;server&gt;/mcp/sse?token=&lt;key&gt;.</source>
        <translation>AIPEXBASE 服务器在 &lt;server&gt;/mcp/sse?token=&lt;key&gt; 提供 MCP 服务。</translation>
    </message>
</context>
<context>
    <name>aipex::MemoryCredentialStore</name>
    <message>
        <location filename="../app/core/credentials/MemoryCredentialStore.cpp" line="+12"/>
        <source>No keychain is available.</source>
        <translation>没有可用的钥匙串。</translation>
    </message>
</context>
<context>
    <name>aipex::NodeCheck</name>
    <message>
        <location filename="../app/core/clients/NodeCheck.cpp" line="+97"/>
        <source>Checking for Node.js…</source>
        <translation>正在检查 Node.js…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node.js was not found on PATH: install Node.js %1 or later.</source>
        <translation>在 PATH 中找不到 Node.js：请安装 Node.js %1 或更高版本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node.js %1 is too old: install %2 or later.</source>
        <translation>Node.js %1 版本过旧：请安装 %2 或更高版本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node.js %1 found.</source>
        <translation>已找到 Node.js %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node.js did not answer &quot;node --version&quot;.</source>
        <translation>Node.js 未响应“node --version”。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This editor reaches the server through mcp-remote, which needs Node.js %1 or later (node was not found on PATH).</source>
        <translation>此编辑器通过 mcp-remote 连接服务器，这需要 Node.js %1 或更高版本（在 PATH 中找不到 node）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>mcp-remote needs Node.js %1 or later; this machine has %2.</source>
        <translation>mcp-remote 需要 Node.js %1 或更高版本；本机的版本为 %2。</translation>
    </message>
</context>
<context>
    <name>aipex::ServerProbe</name>
    <message>
        <location filename="../app/core/server/ServerProbe.cpp" line="+70"/>
        <source>%1 answered, but not like an AIPEXBASE server. Check the address: it is usually the web console&apos;s address followed by /baas-api, or the backend&apos;s own port.</source>
        <translation>%1 有响应，但看起来不是 AIPEXBASE 服务器。请检查地址：通常是 Web 控制台地址后加 /baas-api，或者是后端服务自身的端口。</translation>
    </message>
</context>
<context>
    <name>aipex::SetupFlow</name>
    <message>
        <location filename="../app/core/server/SetupFlow.cpp" line="+137"/>
        <source>Signing in as %1…</source>
        <translation>正在以 %1 的身份登录…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter the administrator email and password.</source>
        <translation>请输入管理员邮箱和密码。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The session expired; signing in again…</source>
        <translation>会话已过期，正在重新登录…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Checking whether &quot;%1&quot; was already created…</source>
        <translation>正在检查“%1”是否已创建…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Creating application &quot;%1&quot;…</source>
        <translation>正在创建应用“%1”…</translation>
    </message>
    <message>
        <location filename="../app/core/server/SetupFlowKeySteps.cpp" line="+19"/>
        <source>Checking whether the key was already created…</source>
        <translation>正在检查密钥是否已创建…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Deleting the key whose answer was lost…</source>
        <translation>正在删除未收到应答的密钥…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Creating API key &quot;%1&quot;…</source>
        <translation>正在创建 API 密钥“%1”…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Reading the new key back…</source>
        <translation>正在读取新创建的密钥…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The key &quot;%1&quot; was created but is not in the key list.</source>
        <translation>密钥“%1”已创建，但未出现在密钥列表中。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server only shows the new key masked (%1), so it cannot be used. Create a key in the web console and copy it from there.</source>
        <translation>服务器只返回了脱敏后的新密钥（%1），因此无法使用。请在 Web 控制台中创建密钥并从那里复制。</translation>
    </message>
</context>
<context>
    <name>aipex::StdioTransport</name>
    <message>
        <location filename="../app/core/mcp/StdioTransport.cpp" line="+36"/>
        <source>The bridge command &quot;%1&quot; could not be started: %2</source>
        <translation>无法启动桥接命令“%1”：%2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The bridge exited (code %1) before the check was complete.</source>
        <translation>桥接程序在检查完成前已退出（退出码 %1）。</translation>
    </message>
</context>
<context>
    <name>aipex::StreamableHttpTransport</name>
    <message>
        <location filename="../app/core/mcp/StreamableHttpTransport.cpp" line="+76"/>
        <source>The MCP endpoint answered something that is not JSON: %1</source>
        <translation>MCP 端点返回的内容不是 JSON：%1</translation>
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
        <location filename="../app/cli/CliApp.cpp" line="+36"/>
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
        <location line="+67"/>
        <source>Missing required settings: %1. Set them in the environment, in a .env file, or with --base-url, --email and --password-stdin.</source>
        <translation>缺少必需的设置：%1。请通过环境变量、.env 文件，或 --base-url、--email 和 --password-stdin 选项进行设置。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 uses plain http:// to another machine: the password crosses the network unencrypted.</source>
        <translation>%1 使用未加密的 http:// 连接到另一台机器：密码将以明文形式在网络上传输。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>An earlier run for &quot;%1&quot; ended without the server&apos;s answer; checking what it made before creating anything.</source>
        <translation>上一次为“%1”运行时未收到服务器应答；创建前先检查它已创建了什么。</translation>
    </message>
    <message>
        <location line="+51"/>
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
    <message>
        <location line="+53"/>
        <source>config needs --url MCP_URL.</source>
        <translation>config 命令需要 --url MCP_URL。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Checking %1 like an MCP client would…</source>
        <translation>正在像 MCP 客户端一样检查 %1…</translation>
    </message>
</context>
<context>
    <name>aipex::cli::VerifyRunner</name>
    <message>
        <location filename="../app/cli/VerifyRunner.cpp" line="+33"/>
        <source>No MCP URL given and %1 could not be read: %2. Pass the URL: verify MCP_URL.</source>
        <translation>未指定 MCP URL，且无法读取 %1：%2。请传入 URL：verify MCP_URL。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 has no mcpServers entry with a &quot;url&quot;.</source>
        <translation>%1 中没有带 &quot;url&quot; 的 mcpServers 条目。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The connection check failed at %1.</source>
        <translation>连接检查在%1时失败。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  Server:    %1 %2 (MCP %3, %4)</source>
        <translation>  服务器：   %1 %2 (MCP %3, %4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Tools:     %1</source>
        <translation>  工具：     %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Prompts:   %1</source>
        <translation>  提示词：   %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  Timing:    %1</source>
        <translation>  耗时：     %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  This server has no list_tables tool, so the key itself could not be checked.</source>
        <translation>  此服务器没有 list_tables 工具，因此无法验证密钥本身。</translation>
    </message>
</context>
<context>
    <name>aipex::gui::ApiKeyPage</name>
    <message>
        <location filename="../app/gui/wizard/ApiKeyPage.cpp" line="+23"/>
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
        <source>Na&amp;me:</source>
        <translation>名称(&amp;M)：</translation>
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
    <message>
        <location line="+36"/>
        <source>MCP key</source>
        <translation>MCP 专用密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key for MCP tool calls</source>
        <translation>用于 MCP 工具调用的 API 密钥</translation>
    </message>
</context>
<context>
    <name>aipex::gui::ApplicationPage</name>
    <message>
        <location filename="../app/gui/wizard/ApplicationPage.cpp" line="+25"/>
        <source>Create a ne&amp;w application</source>
        <translation>创建新应用(&amp;W)</translation>
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
        <location line="+2"/>
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
        <location filename="../app/gui/wizard/AsyncPage.cpp" line="+15"/>
        <source>Talking to the server…</source>
        <translation>正在与服务器通信…</translation>
    </message>
</context>
<context>
    <name>aipex::gui::ChangeDialog</name>
    <message>
        <location filename="../app/gui/editors/ChangeDialog.cpp" line="+29"/>
        <source>Changes to the file</source>
        <translation>文件更改</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing the file</source>
        <translation>正在写入文件</translation>
    </message>
</context>
<context>
    <name>aipex::gui::ClientList</name>
    <message>
        <location filename="../app/gui/editors/ClientList.cpp" line="+26"/>
        <source>%1 found on this computer
%2 a best guess</source>
        <translation>%1 已在本机上找到
%2 推测配置</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>best guess</source>
        <translation>推测配置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, best guess</source>
        <translation>%1，推测配置</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>aipex::gui::ConnectPage</name>
    <message>
        <location filename="../app/gui/wizard/ConnectPage.cpp" line="+29"/>
        <location line="+144"/>
        <source>&amp;Reveal key</source>
        <translation>显示密钥(&amp;R)</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>&amp;Copy config</source>
        <translation>复制配置(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Verify connection</source>
        <translation>验证连接(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify a&amp;utomatically after a key is created</source>
        <translation>创建密钥后自动验证(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify through the brid&amp;ge</source>
        <translation>通过桥接验证(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow running npx mcp-remote (it may be &amp;downloaded)</source>
        <translation>允许运行 npx mcp-remote（可能需要下载）(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <source>Server na&amp;me:</source>
        <translation>服务器名称(&amp;M)：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Any &amp;editor (copy / save)</source>
        <translation>任意编辑器（复制/保存）(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Install into an editor</source>
        <translation>安装到编辑器(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to connect</source>
        <translation>连接方式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect to the MCP server like an editor would and check the key</source>
        <translation>像编辑器一样连接到 MCP 服务器并检查密钥</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connection check</source>
        <translation>连接检查</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Checking the connection…</source>
        <translation>正在检查连接…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✗ The connection check failed while %1.</source>
        <translation>✗ 连接检查在%1时失败。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server: %1 %2 (MCP %3, %4)</source>
        <translation>服务器：%1 %2（MCP %3，%4）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tools: %1</source>
        <translation>工具：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server has no list_tables tool, so the key itself could not be checked.</source>
        <translation>此服务器没有 list_tables 工具，因此无法验证密钥本身。</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+2"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+79"/>
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
        <location filename="../app/gui/wizard/DonePage.cpp" line="+19"/>
        <source>All set</source>
        <translation>一切就绪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your editor can now reach AIPEXBASE over MCP.</source>
        <translation>你的编辑器现在可以通过 MCP 访问 AIPEXBASE 了。</translation>
    </message>
    <message>
        <location line="+6"/>
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
    <name>aipex::gui::EditorShortcuts</name>
    <message>
        <location filename="../app/gui/editors/EditorShortcuts.cpp" line="+18"/>
        <source>One-clic&amp;k install</source>
        <translation>一键安装(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y command</source>
        <translation>复制命令(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run t&amp;he command</source>
        <translation>运行命令(&amp;H)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opens the editor&apos;s own install link</source>
        <translation>打开该编辑器自己的安装链接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies the editor&apos;s own command for adding the server</source>
        <translation>复制该编辑器自己用于添加服务器的命令</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs the editor&apos;s own command for adding the server</source>
        <translation>运行该编辑器自带的添加服务器命令</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Opens %1&apos;s own install link</source>
        <translation>打开 %1 自己的安装链接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no install link</source>
        <translation>%1 没有安装链接</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>%1 has no command of its own</source>
        <translation>%1 没有自己的命令</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Runs: %1 mcp add …</source>
        <translation>将运行：%1 mcp add …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not on PATH</source>
        <translation>PATH 中找不到 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies %1&apos;s own command for adding the server</source>
        <translation>复制 %1 自己用于添加服务器的命令</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing on this computer opens %1&apos;s install link: is %1 installed?</source>
        <translation>本机上没有程序能打开 %1 的安装链接：是否已安装 %1？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asked %1 to add the server: confirm it there.</source>
        <translation>已请求 %1 添加服务器：请在该编辑器中确认。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The %1 command is on the clipboard (it holds the key): run it in a terminal.</source>
        <translation>%1 命令已复制到剪贴板（其中包含密钥）：请在终端中运行。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The %1 command could not be started.</source>
        <translation>无法启动 %1 命令。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Running the %1 command…</source>
        <translation>正在运行 %1 命令…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 added the server.</source>
        <translation>%1 已添加该服务器。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 command failed (exit code %2): %3</source>
        <translation>%1 命令执行失败（退出码 %2）：%3</translation>
    </message>
</context>
<context>
    <name>aipex::gui::EditorsPanel</name>
    <message>
        <location filename="../app/gui/editors/EditorsPanel.cpp" line="+37"/>
        <source>Pro&amp;ject folder:</source>
        <translation>项目文件夹(&amp;J)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ins&amp;tall…</source>
        <translation>安装(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uninst&amp;all…</source>
        <translation>卸载(&amp;A)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Editors</source>
        <translation>编辑器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each editor with whether it was found on this computer</source>
        <translation>各编辑器及其是否已在本机上找到</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file that Install changes; you can type another one</source>
        <translation>“安装”将修改的文件；也可以输入其他文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project&apos;s top folder</source>
        <translation>项目的顶层文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse for the project folder</source>
        <translation>浏览以选择项目文件夹</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About this editor</source>
        <translation>关于此编辑器</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entry for this editor</source>
        <translation>此编辑器的配置条目</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Shows the change to the file first</source>
        <translation>先显示对文件的更改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Editor &amp;list:</source>
        <translation>编辑器列表(&amp;L)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Config &amp;path:</source>
        <translation>配置路径(&amp;P)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sc&amp;ope:</source>
        <translation>范围(&amp;O)：</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>User (all projects)</source>
        <translation>用户级（所有项目）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This project only</source>
        <translation>项目级（仅此项目）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any file you choose</source>
        <translation>自选的任意文件</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose the project folder first</source>
        <translation>请先选择项目文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the file to write</source>
        <translation>输入要写入的文件</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose the config file to write first.</source>
        <translation>请先选择要写入的配置文件。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Install</source>
        <translation>安装(&amp;I)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Choose the config file to change first.</source>
        <translation>请先选择要修改的配置文件。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Install into %1</source>
        <translation>安装到 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uninstall from %1</source>
        <translation>从 %1 卸载</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was changed.</source>
        <translation>未作任何更改。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Project folder</source>
        <translation>项目文件夹</translation>
    </message>
</context>
<context>
    <name>aipex::gui::ServerPage</name>
    <message>
        <location filename="../app/gui/wizard/ServerPage.cpp" line="+20"/>
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show ad&amp;vanced settings</source>
        <translation>显示高级设置(&amp;V)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Trust this certificate</source>
        <translation>信任此证书(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust exactly the certificate shown for this server from now on</source>
        <translation>今后对此服务器只信任所示的这张证书</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+9"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Takes effect the next time the wizard starts.</source>
        <translation>将在下次启动向导时生效。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Found an AIPEXBASE server at %1.</source>
        <translation>已在 %1 找到 AIPEXBASE 服务器。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Certificate: %1. Trust it only if you know it is your server&apos;s: compare the fingerprint with the one on the server.</source>
        <translation>证书：%1。只有确认它属于你的服务器时才信任它：请将指纹与服务器上的证书指纹进行比对。</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Warning: %1 uses plain http:// to another machine. Your administrator password will cross the network unencrypted. Prefer https:// if the server offers it.</source>
        <translation>警告：%1 使用未加密的 http:// 连接到另一台机器，你的管理员密码将以明文形式在网络上传输。如果服务器支持 https://，请优先使用。</translation>
    </message>
</context>
<context>
    <name>aipex::gui::SetupWizard</name>
    <message>
        <location filename="../app/gui/wizard/SetupWizard.cpp" line="+34"/>
        <source>AIPEXBASE MCP Setup</source>
        <translation>AIPEXBASE MCP 配置向导</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>About AIPEXBASE MCP Setup</source>
        <translation>关于 AIPEXBASE MCP 配置向导</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;AIPEXBASE MCP Setup %1&lt;/h3&gt;&lt;p&gt;Connects AI editors to an AIPEXBASE server over MCP.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;AIPEXBASE&lt;/a&gt; · &lt;a href=&quot;%3&quot;&gt;Model Context Protocol&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AIPEXBASE MCP 配置向导 %1&lt;/h3&gt;&lt;p&gt;通过 MCP 将 AI 编辑器连接到 AIPEXBASE 服务器。&lt;/p&gt;&lt;p&gt;基于 MIT 许可证发布。&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;AIPEXBASE&lt;/a&gt; · &lt;a href=&quot;%3&quot;&gt;Model Context Protocol&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>aipex::gui::SignInPage</name>
    <message>
        <location filename="../app/gui/wizard/SignInPage.cpp" line="+29"/>
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
        <location line="+27"/>
        <source>The password was filled in from the system keychain.</source>
        <translation>已从系统钥匙串中填入密码。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Signed in; type the password only to sign in again</source>
        <translation>已登录；仅在需要重新登录时输入密码</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No system keychain is available, so the password cannot be remembered: you will type it again next time.</source>
        <translation>没有可用的系统钥匙串，因此无法记住密码：下次需要再次输入。</translation>
    </message>
</context>
<context>
    <name>aipex::gui::StatusPanel</name>
    <message>
        <location filename="../app/gui/wizard/StatusPanel.cpp" line="+16"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;try</source>
        <translation>重试(&amp;T)</translation>
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
        <location filename="../app/gui/wizard/WizardController.cpp" line="+60"/>
        <source>Added %1: the AIPEXBASE API answers there.</source>
        <translation>已在地址后添加 %1：AIPEXBASE API 位于该路径下。</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+39"/>
        <source>The check was cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+41"/>
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
