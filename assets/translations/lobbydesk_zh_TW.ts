<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW">
<context>
    <name>ComingSoonScreen</name>
    <message>
        <source>Coming soon: this service is not available on this terminal yet.</source>
        <translation>即將推出：本終端暫未開通此項服務。</translation>
    </message>
    <message>
        <source>Please ask at the front desk. Our staff will be glad to help you.</source>
        <translation>請到前台諮詢，工作人員很樂意為您服務。</translation>
    </message>
    <message>
        <source>It arrives with a coming LobbyDesk update. Until then, record this service the way your site does today.</source>
        <translation>此功能將在後續 LobbyDesk 更新中提供。在此之前，請按現行方式辦理並登記。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>DeviceChip</name>
    <message>
        <source>Card reader</source>
        <translation>讀卡機</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>印表機</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>掃碼器</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就緒</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>正在重新連線</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>FindTenantScreen</name>
    <message>
        <source>Find a company or person</source>
        <translation>查找公司或人員</translation>
    </message>
    <message>
        <source>%1: floor %2</source>
        <translation>%1：%2 樓</translation>
    </message>
    <message>
        <source>Visitor check-in</source>
        <translation>訪客登記</translation>
    </message>
</context>
<context>
    <name>HostSearchField</name>
    <message>
        <source>Company, unit, name or its initials (e.g. zs)</source>
        <translation>公司、單位號、姓名或拼音首字母（如 zs）</translation>
    </message>
    <message>
        <source>The building directory cannot be read on this terminal; please ask at the front desk</source>
        <translation>本終端無法讀取大樓名錄，請到前台諮詢</translation>
    </message>
    <message>
        <source>Type at least 2 characters</source>
        <translation>請至少輸入 2 個字</translation>
    </message>
    <message>
        <source>Nobody in this building matches “%1”</source>
        <translation>本大樓內沒有與「%1」相符的公司或人員</translation>
    </message>
    <message>
        <source>Floor %1</source>
        <translation>%1 樓</translation>
    </message>
</context>
<context>
    <name>KeyboardPanel</name>
    <message>
        <source>Chinese input is being prepared; letters can be typed meanwhile</source>
        <translation>中文輸入正在準備中，暫時可輸入字母</translation>
    </message>
    <message>
        <source>Chinese input is not available on this terminal; letters can still be typed</source>
        <translation>本終端暫不能輸入中文，仍可輸入字母</translation>
    </message>
</context>
<context>
    <name>KioskFrame</name>
    <message>
        <source>Visitor &amp; tenant services</source>
        <translation>訪客與租戶自助服務</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ 返回</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>KioskHome</name>
    <message>
        <source>Welcome</source>
        <translation>歡迎</translation>
    </message>
    <message>
        <source>Touch a service to begin</source>
        <translation>請選擇您要辦理的業務</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>LobbyDesk</source>
        <translation>LobbyDesk 大堂服務</translation>
    </message>
</context>
<context>
    <name>ServiceNames</name>
    <message>
        <source>Visitor check-in</source>
        <translation>訪客登記</translation>
    </message>
    <message>
        <source>I have an invitation</source>
        <translation>我有邀請碼</translation>
    </message>
    <message>
        <source>Visitor check-out</source>
        <translation>訪客簽離</translation>
    </message>
    <message>
        <source>Goods-release pass</source>
        <translation>物品放行條</translation>
    </message>
    <message>
        <source>IC card services</source>
        <translation>IC卡業務</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>訪客</translation>
    </message>
    <message>
        <source>Goods-release passes</source>
        <translation>物品放行</translation>
    </message>
    <message>
        <source>Key handover</source>
        <translation>鑰匙管理</translation>
    </message>
    <message>
        <source>IC cards</source>
        <translation>IC卡</translation>
    </message>
    <message>
        <source>This terminal</source>
        <translation>本終端</translation>
    </message>
    <message>
        <source>Check a goods pass</source>
        <translation>查驗放行條</translation>
    </message>
    <message>
        <source>Who is on site</source>
        <translation>在場人員</translation>
    </message>
    <message>
        <source>Register your visit and print a visitor slip</source>
        <translation>登記來訪並列印訪客單</translation>
    </message>
    <message>
        <source>Scan the QR code you received to check in</source>
        <translation>掃描您收到的二維碼即可登記</translation>
    </message>
    <message>
        <source>Scan your visitor slip when you leave</source>
        <translation>離開時掃描訪客單簽離</translation>
    </message>
    <message>
        <source>Tenants: apply to take goods out of the building</source>
        <translation>租戶：申請將物品帶出大樓</translation>
    </message>
    <message>
        <source>Tenants: new, replacement or lost access card</source>
        <translation>租戶：新辦、補辦或掛失門禁卡</translation>
    </message>
    <message>
        <source>Today's visits, approvals, deny list</source>
        <translation>今日來訪、審批、黑名單</translation>
    </message>
    <message>
        <source>Requests to approve, issued and used passes</source>
        <translation>待審批申請、已簽發及已使用的放行條</translation>
    </message>
    <message>
        <source>Sign keys out and back in, overdue keys</source>
        <translation>鑰匙借出與歸還、逾期未還</translation>
    </message>
    <message>
        <source>Issue, replace, block and cancel cards</source>
        <translation>辦卡、補卡、掛失與註銷</translation>
    </message>
    <message>
        <source>Terminal id, database, event log</source>
        <translation>終端編號、資料庫、事件日誌</translation>
    </message>
    <message>
        <source>Scan the pass QR or type its number</source>
        <translation>掃描放行條二維碼或輸入編號</translation>
    </message>
    <message>
        <source>Visitors and contractors in the building</source>
        <translation>樓內的訪客與施工人員</translation>
    </message>
    <message>
        <source>Find a company or person</source>
        <translation>查找公司或人員</translation>
    </message>
    <message>
        <source>Which floor? Search by name, unit or pinyin initials</source>
        <translation>在幾樓？可按名稱、單位號或拼音首字母查找</translation>
    </message>
</context>
<context>
    <name>StaffFrame</name>
    <message>
        <source>‹ Home</source>
        <translation>‹ 首頁</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>客服前台</translation>
    </message>
    <message>
        <source>Guard post</source>
        <translation>保安崗</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Hub connected</source>
        <translation>已連線總部伺服器</translation>
    </message>
    <message>
        <source>No hub configured</source>
        <translation>未設定總部伺服器</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <source>Queued events: %1</source>
        <translation>待上傳事件：%1</translation>
    </message>
    <message>
        <source>Hub unreachable, retrying</source>
        <translation>無法連線總部伺服器，正在重試</translation>
    </message>
    <message>
        <source>Hub refuses this terminal</source>
        <translation>總部伺服器拒絕本終端</translation>
    </message>
    <message>
        <source>Refused by the hub: %1</source>
        <translation>被總部拒收：%1</translation>
    </message>
</context>
<context>
    <name>TerminalScreen</name>
    <message>
        <source>Terminal id</source>
        <translation>終端編號</translation>
    </message>
    <message>
        <source>Terminal name</source>
        <translation>終端名稱</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未設定）</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>資料庫結構版本</translation>
    </message>
    <message>
        <source>Events recorded</source>
        <translation>已記錄事件</translation>
    </message>
    <message>
        <source>Waiting for the hub</source>
        <translation>等待上傳</translation>
    </message>
    <message>
        <source>LobbyDesk version</source>
        <translation>LobbyDesk 版本</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>not enrolled with a hub</source>
        <translation>尚未登記到總部伺服器</translation>
    </message>
    <message>
        <source>Refused by the hub</source>
        <translation>被總部拒收的記錄</translation>
    </message>
    <message>
        <source>Last sync problem</source>
        <translation>最近同步問題</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
</context>
</TS>