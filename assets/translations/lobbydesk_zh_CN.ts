<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ComingSoonScreen</name>
    <message>
        <source>Coming soon: this service is not available on this terminal yet.</source>
        <translation>即将推出：本终端暂未开通此项服务。</translation>
    </message>
    <message>
        <source>Please ask at the front desk. Our staff will be glad to help you.</source>
        <translation>请到前台咨询，工作人员很乐意为您服务。</translation>
    </message>
    <message>
        <source>It arrives with a coming LobbyDesk update. Until then, record this service the way your site does today.</source>
        <translation>此功能将在后续 LobbyDesk 更新中提供。在此之前，请按现行方式办理并登记。</translation>
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
        <translation>读卡器</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>扫码器</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>未配置</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>正在重连</translation>
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
        <translation>查找公司或人员</translation>
    </message>
    <message>
        <source>%1: floor %2</source>
        <translation>%1：%2 楼</translation>
    </message>
    <message>
        <source>Visitor check-in</source>
        <translation>访客登记</translation>
    </message>
</context>
<context>
    <name>HostSearchField</name>
    <message>
        <source>Company, unit, name or its initials (e.g. zs)</source>
        <translation>公司、单元号、姓名或拼音首字母（如 zs）</translation>
    </message>
    <message>
        <source>The building directory cannot be read on this terminal; please ask at the front desk</source>
        <translation>本终端无法读取楼宇名录，请到前台咨询</translation>
    </message>
    <message>
        <source>Type at least 2 characters</source>
        <translation>请至少输入 2 个字</translation>
    </message>
    <message>
        <source>Nobody in this building matches “%1”</source>
        <translation>本楼内没有与“%1”相符的公司或人员</translation>
    </message>
    <message>
        <source>Floor %1</source>
        <translation>%1 楼</translation>
    </message>
</context>
<context>
    <name>KeyboardPanel</name>
    <message>
        <source>Chinese input is being prepared; letters can be typed meanwhile</source>
        <translation>中文输入正在准备中，暂时可输入字母</translation>
    </message>
    <message>
        <source>Chinese input is not available on this terminal; letters can still be typed</source>
        <translation>本终端暂不能输入中文，仍可输入字母</translation>
    </message>
</context>
<context>
    <name>KioskFrame</name>
    <message>
        <source>Visitor &amp; tenant services</source>
        <translation>访客与租户自助服务</translation>
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
        <translation>欢迎</translation>
    </message>
    <message>
        <source>Touch a service to begin</source>
        <translation>请选择您要办理的业务</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>LobbyDesk</source>
        <translation>LobbyDesk 大堂服务</translation>
    </message>
</context>
<context>
    <name>ServiceNames</name>
    <message>
        <source>Visitor check-in</source>
        <translation>访客登记</translation>
    </message>
    <message>
        <source>I have an invitation</source>
        <translation>我有邀请码</translation>
    </message>
    <message>
        <source>Visitor check-out</source>
        <translation>访客签离</translation>
    </message>
    <message>
        <source>Goods-release pass</source>
        <translation>物品放行条</translation>
    </message>
    <message>
        <source>IC card services</source>
        <translation>IC卡业务</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Goods-release passes</source>
        <translation>物品放行</translation>
    </message>
    <message>
        <source>Key handover</source>
        <translation>钥匙管理</translation>
    </message>
    <message>
        <source>IC cards</source>
        <translation>IC卡</translation>
    </message>
    <message>
        <source>This terminal</source>
        <translation>本终端</translation>
    </message>
    <message>
        <source>Check a goods pass</source>
        <translation>查验放行条</translation>
    </message>
    <message>
        <source>Who is on site</source>
        <translation>在场人员</translation>
    </message>
    <message>
        <source>Register your visit and print a visitor slip</source>
        <translation>登记来访并打印访客单</translation>
    </message>
    <message>
        <source>Scan the QR code you received to check in</source>
        <translation>扫描您收到的二维码即可登记</translation>
    </message>
    <message>
        <source>Scan your visitor slip when you leave</source>
        <translation>离开时扫描访客单签离</translation>
    </message>
    <message>
        <source>Tenants: apply to take goods out of the building</source>
        <translation>租户：申请将物品带出大楼</translation>
    </message>
    <message>
        <source>Tenants: new, replacement or lost access card</source>
        <translation>租户：新办、补办或挂失门禁卡</translation>
    </message>
    <message>
        <source>Today's visits, approvals, deny list</source>
        <translation>今日来访、审批、黑名单</translation>
    </message>
    <message>
        <source>Requests to approve, issued and used passes</source>
        <translation>待审批申请、已签发及已使用的放行条</translation>
    </message>
    <message>
        <source>Sign keys out and back in, overdue keys</source>
        <translation>钥匙借出与归还、逾期未还</translation>
    </message>
    <message>
        <source>Issue, replace, block and cancel cards</source>
        <translation>办卡、补卡、挂失与注销</translation>
    </message>
    <message>
        <source>Terminal id, database, event log</source>
        <translation>终端编号、数据库、事件日志</translation>
    </message>
    <message>
        <source>Scan the pass QR or type its number</source>
        <translation>扫描放行条二维码或输入编号</translation>
    </message>
    <message>
        <source>Visitors and contractors in the building</source>
        <translation>楼内的访客与施工人员</translation>
    </message>
    <message>
        <source>Find a company or person</source>
        <translation>查找公司或人员</translation>
    </message>
    <message>
        <source>Which floor? Search by name, unit or pinyin initials</source>
        <translation>在几楼？可按名称、单元号或拼音首字母查找</translation>
    </message>
</context>
<context>
    <name>StaffFrame</name>
    <message>
        <source>‹ Home</source>
        <translation>‹ 首页</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>客服前台</translation>
    </message>
    <message>
        <source>Guard post</source>
        <translation>保安岗</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Hub connected</source>
        <translation>已连接总部服务器</translation>
    </message>
    <message>
        <source>No hub configured</source>
        <translation>未配置总部服务器</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Queued events: %1</source>
        <translation>待上传事件：%1</translation>
    </message>
    <message>
        <source>Hub unreachable, retrying</source>
        <translation>无法连接总部服务器，正在重试</translation>
    </message>
    <message>
        <source>Hub refuses this terminal</source>
        <translation>总部服务器拒绝本终端</translation>
    </message>
    <message>
        <source>Refused by the hub: %1</source>
        <translation>被总部拒收：%1</translation>
    </message>
</context>
<context>
    <name>TerminalScreen</name>
    <message>
        <source>Terminal id</source>
        <translation>终端编号</translation>
    </message>
    <message>
        <source>Terminal name</source>
        <translation>终端名称</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>数据库结构版本</translation>
    </message>
    <message>
        <source>Events recorded</source>
        <translation>已记录事件</translation>
    </message>
    <message>
        <source>Waiting for the hub</source>
        <translation>等待上传</translation>
    </message>
    <message>
        <source>LobbyDesk version</source>
        <translation>LobbyDesk 版本</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>not enrolled with a hub</source>
        <translation>尚未登记到总部服务器</translation>
    </message>
    <message>
        <source>Refused by the hub</source>
        <translation>被总部拒收的记录</translation>
    </message>
    <message>
        <source>Last sync problem</source>
        <translation>最近同步问题</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
</TS>