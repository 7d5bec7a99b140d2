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
    <name>GoodsPassCardStep</name>
    <message>
        <source>Hold your IC (access) card on the reader below the screen.</source>
        <translation>请将您的IC卡（门禁卡）放在屏幕下方的读卡器上。</translation>
    </message>
    <message>
        <source>Tap Next to ask for a goods-release pass.</source>
        <translation>请点击“下一步”申请物品放行条。</translation>
    </message>
</context>
<context>
    <name>GoodsPassCarrierStep</name>
    <message>
        <source>Carrier's name</source>
        <translation>搬运人姓名</translation>
    </message>
    <message>
        <source>As on their ID</source>
        <translation>与证件一致</translation>
    </message>
    <message>
        <source>Carrier's mobile number</source>
        <translation>搬运人手机号</translation>
    </message>
    <message>
        <source>Last 4 characters of the carrier's ID card</source>
        <translation>搬运人证件号后 4 位</translation>
    </message>
</context>
<context>
    <name>GoodsPassDesk</name>
    <message>
        <source>Pass %1 issued.</source>
        <translation>放行条 %1 已签发。</translation>
    </message>
    <message>
        <source>Request rejected.</source>
        <translation>申请已驳回。</translation>
    </message>
    <message>
        <source>Pass %1 revoked: guard terminals refuse it once synced.</source>
        <translation>放行条 %1 已作废：保安终端同步后将拒绝放行。</translation>
    </message>
    <message>
        <source>Choose a pass first.</source>
        <translation>请先选择一张放行条。</translation>
    </message>
    <message>
        <source>No receipt printer is set up at this terminal: the pass is recorded, but its slip cannot be printed here.</source>
        <translation>本终端未配置小票打印机：放行条已记录，但无法在此打印。</translation>
    </message>
    <message>
        <source>Goods pass %1</source>
        <translation>物品放行条 %1</translation>
    </message>
    <message>
        <source>Goods pass request</source>
        <translation>物品放行申请</translation>
    </message>
    <message>
        <source>The slip waits in the print queue: the printer says "%1".</source>
        <translation>单据在打印队列中等待：打印机提示“%1”。</translation>
    </message>
    <message>
        <source>Slip sent to the printer.</source>
        <translation>单据已发送到打印机。</translation>
    </message>
</context>
<context>
    <name>GoodsPassDone</name>
    <message>
        <source>Your reference</source>
        <translation>您的受理编号</translation>
    </message>
    <message>
        <source>Please take your receipt.</source>
        <translation>请取走您的回执。</translation>
    </message>
    <message>
        <source>This is not a pass yet. The front desk checks your request; collect the pass slip with its QR code there.</source>
        <translation>这还不是放行条。前台将审核您的申请，请到前台领取带二维码的放行条。</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>GoodsPassForm</name>
    <message>
        <source>This person is not in the building directory.</source>
        <translation>此人不在楼宇名录中。</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>M月d日 ddd</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>yyyy年M月d日 ddd</translation>
    </message>
    <message>
        <source>This terminal cannot record requests.</source>
        <translation>本终端无法记录申请。</translation>
    </message>
    <message>
        <source>Item %1's quantity is not a number.</source>
        <translation>第 %1 项物品的数量不是有效数字。</translation>
    </message>
    <message>
        <source>The request could not be recorded: %1</source>
        <translation>无法记录申请：%1</translation>
    </message>
    <message>
        <source>This terminal has no receipt printer: please note your reference.</source>
        <translation>本终端没有小票打印机：请记下您的受理编号。</translation>
    </message>
    <message>
        <source>Goods pass request</source>
        <translation>物品放行申请</translation>
    </message>
    <message>
        <source>The receipt cannot be printed: please note your reference.</source>
        <translation>回执无法打印：请记下您的受理编号。</translation>
    </message>
    <message>
        <source>The printer is not responding. The request is recorded; please note your reference.</source>
        <translation>打印机无响应。申请已记录，请记下您的受理编号。</translation>
    </message>
    <message>
        <source>The printer is out of paper. The request is recorded; the receipt prints when staff refill it. Please note your reference.</source>
        <translation>打印机缺纸。申请已记录，工作人员补纸后将打印回执。请记下您的受理编号。</translation>
    </message>
    <message>
        <source>The printer needs attention. The request is recorded; please note your reference.</source>
        <translation>打印机需要人工处理。申请已记录，请记下您的受理编号。</translation>
    </message>
</context>
<context>
    <name>GoodsPassItemsStep</name>
    <message>
        <source>What is it? (e.g. office chair)</source>
        <translation>物品名称（如办公椅）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>+ Add an item</source>
        <translation>+ 添加物品</translation>
    </message>
</context>
<context>
    <name>GoodsPassNewRequest</name>
    <message>
        <source>New goods pass request: who applies?</source>
        <translation>新建放行申请：申请人是谁？</translation>
    </message>
    <message>
        <source>Tap the applicant's IC card on the reader, or find them by name. The desk checks their ID.</source>
        <translation>请申请人在读卡器上刷IC卡，或按姓名查找。前台须核对其证件。</translation>
    </message>
    <message>
        <source>Name, unit or pinyin initials</source>
        <translation>姓名、单元号或拼音首字母</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>%1 单元</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>GoodsPassReasonStep</name>
    <message>
        <source>Say why</source>
        <translation>请说明事由</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>备注（选填）</translation>
    </message>
</context>
<context>
    <name>GoodsPassRequestFlow</name>
    <message>
        <source>Tap your IC card</source>
        <translation>请刷IC卡</translation>
    </message>
    <message>
        <source>Which unit do the goods leave from?</source>
        <translation>物品从哪个单元搬出？</translation>
    </message>
    <message>
        <source>What leaves the building?</source>
        <translation>哪些物品要带出大楼？</translation>
    </message>
    <message>
        <source>Who carries the goods out?</source>
        <translation>由谁搬运物品出楼？</translation>
    </message>
    <message>
        <source>When, and by which vehicle?</source>
        <translation>何时搬出？用哪辆车？</translation>
    </message>
    <message>
        <source>Why do the goods leave?</source>
        <translation>为何搬出物品？</translation>
    </message>
    <message>
        <source>Check and send your request</source>
        <translation>核对并提交申请</translation>
    </message>
    <message>
        <source>Your request is recorded</source>
        <translation>您的申请已记录</translation>
    </message>
    <message>
        <source>Goods-release pass · step %1 of %2</source>
        <translation>物品放行条 · 第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation>%1 单元</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ 上一步</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>提交申请</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>下一步 ›</translation>
    </message>
</context>
<context>
    <name>GoodsPassSummary</name>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>搬运人</translation>
    </message>
    <message>
        <source>ID …%1</source>
        <translation>证件号 …%1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Comes back</source>
        <translation>归还</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
</context>
<context>
    <name>GoodsPassText</name>
    <message>
        <source>Unit %1 is not in the building directory.</source>
        <translation>楼宇名录中没有 %1 单元。</translation>
    </message>
    <message>
        <source>The applicant is not in the building directory.</source>
        <translation>申请人不在楼宇名录中。</translation>
    </message>
    <message>
        <source>%1 is no longer in the building directory.</source>
        <translation>%1 已不在楼宇名录中。</translation>
    </message>
    <message>
        <source>%1 is not registered for unit %2.</source>
        <translation>%1 未登记在 %2 单元名下。</translation>
    </message>
    <message>
        <source>%1 owns unit %2.</source>
        <translation>%1 是 %2 单元的业主。</translation>
    </message>
    <message>
        <source>%1 is an authorised signatory of unit %2.</source>
        <translation>%1 是 %2 单元的授权签字人。</translation>
    </message>
    <message>
        <source>%1 is the tenant of unit %2.</source>
        <translation>%1 是 %2 单元的租户。</translation>
    </message>
    <message>
        <source>%1 may not take goods out of unit %2: only the owner, the tenant or an authorised signatory may.</source>
        <translation>%1 无权从 %2 单元带出物品：仅业主、租户或授权签字人可以申请。</translation>
    </message>
    <message>
        <source>A tenant moving out needs the owner's consent: note how it was given.</source>
        <translation>租户搬离须经业主同意：请注明业主以何种方式同意。</translation>
    </message>
    <message>
        <source>Unit %1's fees are in arrears (%2).</source>
        <translation>%1 单元欠缴物业费（%2）。</translation>
    </message>
    <message>
        <source>No arrears flag for unit %1.</source>
        <translation>%1 单元无欠费记录。</translation>
    </message>
    <message>
        <source>The window ended on %1 while the request waited.</source>
        <translation>申请等待审批期间，有效期已于 %1 结束。</translation>
    </message>
    <message>
        <source>Valid %1 to %2.</source>
        <translation>有效期 %1 至 %2。</translation>
    </message>
    <message>
        <source>This terminal cannot sign passes until it is enrolled with the hub.</source>
        <translation>本终端登记到总部服务器后才能签发放行条。</translation>
    </message>
    <message>
        <source>Give the reason for rejecting (at most %1 characters).</source>
        <translation>请填写驳回原因（最多 %1 个字）。</translation>
    </message>
    <message>
        <source>There is no such goods pass.</source>
        <translation>找不到该放行条。</translation>
    </message>
    <message>
        <source>Only an issued pass can be revoked.</source>
        <translation>只有已签发的放行条才能作废。</translation>
    </message>
    <message>
        <source>Pass %1 was already used at %2; it cannot be revoked.</source>
        <translation>放行条 %1 已于 %2 使用，无法作废。</translation>
    </message>
    <message>
        <source>Give the reason for revoking (at most %1 characters).</source>
        <translation>请填写作废原因（最多 %1 个字）。</translation>
    </message>
    <message>
        <source>this terminal</source>
        <translation>本终端</translation>
    </message>
    <message>
        <source>This terminal knows no pass %1: scan its QR code instead.</source>
        <translation>本终端查不到放行条 %1：请改为扫描其二维码。</translation>
    </message>
    <message>
        <source>This code is not a LobbyDesk pass.</source>
        <translation>此码不是 LobbyDesk 放行条。</translation>
    </message>
    <message>
        <source>The pass code is damaged or incomplete: scan it again or type the pass number.</source>
        <translation>放行条二维码已损坏或不完整：请重新扫描或输入放行条编号。</translation>
    </message>
    <message>
        <source>Signed by a terminal this site does not know: a pass of another building, or a forgery.</source>
        <translation>签发终端不属于本项目：可能是其他大楼的放行条，或为伪造。</translation>
    </message>
    <message>
        <source>Signed by %1, a terminal the site has revoked: do not accept it.</source>
        <translation>由已被本项目撤销授权的终端 %1 签发：请勿放行。</translation>
    </message>
    <message>
        <source>The signature does not match: the pass was altered or forged.</source>
        <translation>签名不符：放行条已被篡改或伪造。</translation>
    </message>
    <message>
        <source>This is a LobbyDesk code, but not a goods pass.</source>
        <translation>这是 LobbyDesk 的二维码，但不是物品放行条。</translation>
    </message>
    <message>
        <source>This pass is for another building.</source>
        <translation>此放行条属于其他大楼。</translation>
    </message>
    <message>
        <source>Not valid yet: from %1.</source>
        <translation>尚未生效：%1 起有效。</translation>
    </message>
    <message>
        <source>Expired on %1.</source>
        <translation>已于 %1 过期。</translation>
    </message>
    <message>
        <source>Revoked by the desk on %1: %2.</source>
        <translation>前台已于 %1 作废：%2。</translation>
    </message>
    <message>
        <source>Already used on %1 at %2 (guard %3).</source>
        <translation>已于 %1 在 %2 使用（保安：%3）。</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Valid, but this terminal has not synced for %1 hours: a revocation or a use elsewhere may not be known here.</source>
        <translation>有效，但本终端已 %1 小时未同步：可能不知道该放行条已被作废或已在别处使用。</translation>
    </message>
    <message>
        <source>Valid, but this terminal has never synced: a revocation or a use elsewhere may not be known here.</source>
        <translation>有效，但本终端从未同步：可能不知道该放行条已被作废或已在别处使用。</translation>
    </message>
    <message>
        <source>Valid pass.</source>
        <translation>放行条有效。</translation>
    </message>
    <message>
        <source>Tick off each item of the pass.</source>
        <translation>请逐项核对放行条上的物品。</translation>
    </message>
    <message>
        <source>Item %1: between 0 and %2 can leave.</source>
        <translation>第 %1 项：放行数量须在 0 到 %2 之间。</translation>
    </message>
    <message>
        <source>The note is at most %1 characters.</source>
        <translation>备注最多 %1 个字。</translation>
    </message>
    <message>
        <source>Not everything on the pass is leaving: note what stays or what differs.</source>
        <translation>并非全部物品放行：请备注留下或不符的物品。</translation>
    </message>
    <message>
        <source>There is no such goods pass request.</source>
        <translation>找不到该放行申请。</translation>
    </message>
    <message>
        <source>This request was already approved.</source>
        <translation>该申请已批准。</translation>
    </message>
    <message>
        <source>This request was already rejected.</source>
        <translation>该申请已被驳回。</translation>
    </message>
    <message>
        <source>This pass was already revoked.</source>
        <translation>该放行条已作废。</translation>
    </message>
    <message>
        <source>Enter %1.</source>
        <translation>请输入%1。</translation>
    </message>
    <message>
        <source>%1 is at most %2 characters.</source>
        <translation>%1最多 %2 个字。</translation>
    </message>
    <message>
        <source>Choose the unit the goods leave from.</source>
        <translation>请选择物品搬出的单元。</translation>
    </message>
    <message>
        <source>Say who applies: tap their card or pick them.</source>
        <translation>请指定申请人：刷卡或从列表中选择。</translation>
    </message>
    <message>
        <source>the carrier's name</source>
        <translation>搬运人姓名</translation>
    </message>
    <message>
        <source>Enter the carrier's mobile number.</source>
        <translation>请输入搬运人手机号。</translation>
    </message>
    <message>
        <source>This is not a phone number: a mainland mobile has 11 digits, a Hong Kong or Macau number 8, a Taiwan mobile starts 09; others start with +.</source>
        <translation>这不是有效的电话号码：内地手机号为 11 位，香港或澳门号码为 8 位，台湾手机号以 09 开头；其他号码请以 + 开头。</translation>
    </message>
    <message>
        <source>Enter the last 4 characters of the carrier's ID: digits, the last may be X.</source>
        <translation>请输入搬运人证件号后 4 位：须为数字，最后一位可为 X。</translation>
    </message>
    <message>
        <source>List at least one item.</source>
        <translation>请至少填写一项物品。</translation>
    </message>
    <message>
        <source>A pass lists at most %1 items; this one has %2. Make a second pass for the rest.</source>
        <translation>一张放行条最多列 %1 项物品，本单有 %2 项。其余物品请另开一张放行条。</translation>
    </message>
    <message>
        <source>Item %1 needs a name.</source>
        <translation>请填写第 %1 项物品的名称。</translation>
    </message>
    <message>
        <source>Item %1's name is at most %2 characters.</source>
        <translation>第 %1 项物品的名称最多 %2 个字。</translation>
    </message>
    <message>
        <source>Item %1's quantity must be more than 0 and at most %2.</source>
        <translation>第 %1 项物品的数量须大于 0 且不超过 %2。</translation>
    </message>
    <message>
        <source>Item %1 is counted in whole numbers.</source>
        <translation>第 %1 项物品的数量须为整数。</translation>
    </message>
    <message>
        <source>Choose how item %1 is counted.</source>
        <translation>请选择第 %1 项物品的计量单位。</translation>
    </message>
    <message>
        <source>Choose when the goods leave (from and until).</source>
        <translation>请选择物品搬出的时间（开始和结束）。</translation>
    </message>
    <message>
        <source>The pass must end after it starts.</source>
        <translation>结束时间须晚于开始时间。</translation>
    </message>
    <message>
        <source>This window is already over.</source>
        <translation>该时间段已经过去。</translation>
    </message>
    <message>
        <source>A pass is valid for at most %1 days.</source>
        <translation>放行条有效期最长 %1 天。</translation>
    </message>
    <message>
        <source>This is not a vehicle plate (for example 粤B12345, AB1234); leave it empty if the goods leave on foot.</source>
        <translation>这不是有效的车牌号（例如 粤B12345、AB1234）；如物品不用车辆运出，请留空。</translation>
    </message>
    <message>
        <source>Say when the goods come back.</source>
        <translation>请填写物品归还日期。</translation>
    </message>
    <message>
        <source>The return date must be after the goods leave and within a year.</source>
        <translation>归还日期须晚于搬出时间，且在一年以内。</translation>
    </message>
    <message>
        <source>Choose why the goods leave.</source>
        <translation>请选择放行事由。</translation>
    </message>
    <message>
        <source>Say why the goods leave.</source>
        <translation>请说明放行事由。</translation>
    </message>
</context>
<context>
    <name>GoodsPassWhenStep</name>
    <message>
        <source>When do the goods leave?</source>
        <translation>物品何时搬出？</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明日</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Vehicle plate (leave empty if the goods leave on foot)</source>
        <translation>车牌号（如物品不用车辆运出，请留空）</translation>
    </message>
    <message>
        <source>Do the goods come back?</source>
        <translation>物品是否会归还？</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>GoodsPassesScreen</name>
    <message>
        <source>Waiting for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已签发</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Applicant entitled</source>
        <translation>申请人资格</translation>
    </message>
    <message>
        <source>Owner's consent</source>
        <translation>业主同意</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>物业费</translation>
    </message>
    <message>
        <source>Validity window</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Used twice</source>
        <translation>重复使用</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Search by pass number, unit or plate</source>
        <translation>按放行条编号、单元号或车牌查找</translation>
    </message>
    <message>
        <source>Request from unit %1</source>
        <translation>%1 单元的申请</translation>
    </message>
    <message>
        <source>No pass matches this search.</source>
        <translation>没有符合条件的放行条。</translation>
    </message>
    <message>
        <source>Nothing in this list.</source>
        <translation>暂无记录。</translation>
    </message>
    <message>
        <source>Choose a request or a pass from the list.</source>
        <translation>请从列表中选择申请或放行条。</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>搬运人</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Returns by</source>
        <translation>预计归还</translation>
    </message>
    <message>
        <source>not returnable</source>
        <translation>不归还</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>%1 at the %2</source>
        <translation>%1，于%2</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>自助终端</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未审批</translation>
    </message>
    <message>
        <source>Items (%1)</source>
        <translation>物品（%1 项）</translation>
    </message>
    <message>
        <source>Used %1 times: only one use is allowed. Check both records with the guards.</source>
        <translation>已使用 %1 次：每张放行条仅限使用一次。请与保安核对这些记录。</translation>
    </message>
    <message>
        <source>Released at the exit</source>
        <translation>已在出口放行</translation>
    </message>
    <message>
        <source>%1 at %2, guard %3</source>
        <translation>%1 于 %2，保安：%3</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>partial release</source>
        <translation>部分放行</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>核查项</translation>
    </message>
    <message>
        <source>Why revoke it (required to revoke)</source>
        <translation>作废原因（作废时必填）</translation>
    </message>
    <message>
        <source>Owner's consent, or why you reject it</source>
        <translation>业主同意方式，或驳回原因</translation>
    </message>
    <message>
        <source>Approve and print</source>
        <translation>批准并打印</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Reprint slip</source>
        <translation>重新打印放行条</translation>
    </message>
    <message>
        <source>Reprint receipt</source>
        <translation>重新打印回执</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>新建申请</translation>
    </message>
    <message>
        <source>Unit %1 · %2</source>
        <translation>%1 单元 · %2</translation>
    </message>
    <message>
        <source>items: %1</source>
        <translation>物品 %1 项</translation>
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
    <name>PassCheck</name>
    <message>
        <source>This terminal cannot check passes right now (%1): call the front desk.</source>
        <translation>本终端暂时无法查验放行条（%1）：请联系前台。</translation>
    </message>
    <message>
        <source>Scan a pass first.</source>
        <translation>请先扫描放行条。</translation>
    </message>
    <message>
        <source>This release is already recorded.</source>
        <translation>本次放行已记录。</translation>
    </message>
    <message>
        <source>Nothing is ticked: tick what leaves, or let nothing out and clear the pass.</source>
        <translation>未勾选任何物品：请勾选放行的物品；如一件都不放行，请取消本次查验。</translation>
    </message>
</context>
<context>
    <name>PassFacts</name>
    <message>
        <source>Pass</source>
        <translation>放行条</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>签发终端</translation>
    </message>
</context>
<context>
    <name>PassItemRow</name>
    <message>
        <source>of %1</source>
        <translation>共 %1</translation>
    </message>
</context>
<context>
    <name>PassItemsCard</name>
    <message numerus="yes">
        <source>The item list has not reached this terminal yet: check the goods against the paper pass slip (%n item(s)).</source>
        <translation><numerusform>物品清单尚未同步到本终端：请对照纸质放行条核对物品（共 %n 项）。</numerusform>
        </translation>
    </message>
    <message>
        <source>All leave</source>
        <translation>全部放行</translation>
    </message>
    <message>
        <source>Note (any difference)</source>
        <translation>备注（如有不符）</translation>
    </message>
    <message>
        <source>Note: what stays, what differs</source>
        <translation>备注：留下的物品、不符之处</translation>
    </message>
    <message>
        <source>Confirm release</source>
        <translation>确认放行</translation>
    </message>
</context>
<context>
    <name>PassRefusedCard</name>
    <message>
        <source>Do not let the goods out. Send the carrier to the front desk.</source>
        <translation>不得放行物品。请搬运人到前台处理。</translation>
    </message>
    <message>
        <source>Used %1 at %2 by %3</source>
        <translation>已于 %1 在 %2 使用（保安：%3）</translation>
    </message>
    <message>
        <source>an unnamed guard</source>
        <translation>未留姓名</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>部分放行</translation>
    </message>
    <message>
        <source>Check another pass</source>
        <translation>查验其他放行条</translation>
    </message>
</context>
<context>
    <name>PassReleasedPanel</name>
    <message>
        <source>RELEASED</source>
        <translation>已放行</translation>
    </message>
    <message>
        <source>Pass %1 is used: the goods may leave.</source>
        <translation>放行条 %1 已使用：物品可以放行。</translation>
    </message>
    <message>
        <source>Check the next pass</source>
        <translation>查验下一张放行条</translation>
    </message>
</context>
<context>
    <name>PassVerdictPanel</name>
    <message>
        <source>VALID</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>CHECK</source>
        <translation>请核实</translation>
    </message>
    <message>
        <source>NOT VALID</source>
        <translation>无效</translation>
    </message>
</context>
<context>
    <name>PassWaitingPanel</name>
    <message>
        <source>Scan the pass QR code, or type its number</source>
        <translation>扫描放行条二维码，或输入编号</translation>
    </message>
    <message>
        <source>Pass number, e.g. GP-20261122-0007</source>
        <translation>放行条编号，如 GP-20261122-0007</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>查验</translation>
    </message>
    <message>
        <source>The verdict works offline: the pass's signature is checked on this terminal.</source>
        <translation>离线也能查验：放行条的签名在本终端上校验。</translation>
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
    <name>SlipText</name>
    <message>
        <source>Moving out</source>
        <translation>搬离</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Disposal</source>
        <translation>报废</translation>
    </message>
    <message>
        <source>Return to supplier</source>
        <translation>退回供应商</translation>
    </message>
    <message>
        <source>Relocation within the company</source>
        <translation>公司内部调拨</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>件</translation>
    </message>
    <message>
        <source>boxes</source>
        <translation>箱</translation>
    </message>
    <message>
        <source>sets</source>
        <translation>套</translation>
    </message>
    <message>
        <source>bags</source>
        <translation>袋</translation>
    </message>
    <message>
        <source>pallets</source>
        <translation>托</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>公斤</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>搬运人</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Returns by</source>
        <translation>预计归还</translation>
    </message>
    <message>
        <source>Items (%1)</source>
        <translation>物品（%1 项）</translation>
    </message>
    <message>
        <source>Goods pass request</source>
        <translation>物品放行申请</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>This is not a pass. The front desk checks the request; the pass slip with its QR code is collected there.</source>
        <translation>本单不是放行条。前台审核申请后，请到前台领取带二维码的放行条。</translation>
    </message>
    <message>
        <source>Goods release pass</source>
        <translation>物品放行条</translation>
    </message>
    <message>
        <source>Show this slip at the exit. Valid once.</source>
        <translation>请在出口出示本放行条，限用一次。</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>批准</translation>
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
    <name>TenantCard</name>
    <message>
        <source>Hello, %1</source>
        <translation>%1，您好</translation>
    </message>
    <message>
        <source>This is a staff card. Please tap the tenant's own card, or use the front desk terminal.</source>
        <translation>这是工作人员卡。请刷租户本人的卡，或到前台终端办理。</translation>
    </message>
    <message>
        <source>This card is not registered to a tenant of this building, or it is no longer valid. Please ask at the front desk.</source>
        <translation>此卡未登记在本楼租户名下，或已失效。请到前台咨询。</translation>
    </message>
    <message>
        <source>The building directory cannot be read on this terminal; please ask at the front desk.</source>
        <translation>本终端无法读取楼宇名录，请到前台咨询。</translation>
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