<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CardApproval</name>
    <message>
        <source>Unit %1 · requested %2 at the %3 · reference %4</source>
        <translation>%1 单元 · %2 于%3申请 · 受理编号 %4</translation>
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
        <source>Applied for by %1 on the tenant's behalf. Authorisation letter: %2</source>
        <translation>由 %1 代租户申请。授权书：%2</translation>
    </message>
    <message>
        <source>Temporary card, valid until %1</source>
        <translation>临时卡，有效期至 %1</translation>
    </message>
    <message>
        <source>Applicant's ID and the authorisation letter checked</source>
        <translation>已核验申请人证件及授权书</translation>
    </message>
    <message>
        <source>Applicant's proof of identity checked</source>
        <translation>已核验申请人身份证明</translation>
    </message>
    <message>
        <source>Card fee (¥)</source>
        <translation>工本费（¥）</translation>
    </message>
    <message>
        <source>Deposit (¥)</source>
        <translation>押金（¥）</translation>
    </message>
    <message>
        <source>Note, or the reason for a rejection</source>
        <translation>备注或驳回原因</translation>
    </message>
    <message>
        <source>Confirm and block</source>
        <translation>确认挂失并停用</translation>
    </message>
    <message>
        <source>Confirm and cancel</source>
        <translation>确认注销</translation>
    </message>
    <message>
        <source>Approve and take payment</source>
        <translation>批准并收费</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
</context>
<context>
    <name>CardBlockedStep</name>
    <message>
        <source>It is refused at this kiosk now, and at every terminal of the building after their next sync. A blocked card stays blocked, even if you find it again.</source>
        <translation>本自助终端已立即拒绝该卡，大楼其他终端在下次同步后也将拒绝。卡片一经停用，即使找回也不会恢复。</translation>
    </message>
    <message>
        <source>Request a replacement card</source>
        <translation>申请补办新卡</translation>
    </message>
</context>
<context>
    <name>CardIdentifyStep</name>
    <message>
        <source>Unit number</source>
        <translation>单元号</translation>
    </message>
    <message>
        <source>Your mobile number, as the management office has it</source>
        <translation>您在管理处登记的手机号码</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>下一步 ›</translation>
    </message>
    <message>
        <source>If you have set a card PIN, you type it next and your lost card is blocked at once. Without a PIN the kiosk cannot be sure it is you: your request goes to the front desk, which confirms it with you, and a lost card is blocked once the desk confirms; to block it at once, go to the front desk.</source>
        <translation>如您已设置卡片密码，下一步输入密码即可立即停用丢失的卡。未设置密码时，自助终端无法确认是您本人：您的申请将转交前台，由前台与您核实，挂失的卡在前台确认后停用；如需立即停用，请前往前台。</translation>
    </message>
</context>
<context>
    <name>CardIssueSection</name>
    <message>
        <source>Choose whom to issue a card to.</source>
        <translation>请选择要发卡的对象。</translation>
    </message>
    <message>
        <source>No approved request waits for its card.</source>
        <translation>暂无已批准、待发卡的申请。</translation>
    </message>
    <message>
        <source>Tap the new card for %1 (unit %2) on the desk reader.</source>
        <translation>请将 %1（%2 单元）的新卡放在前台读卡器上。</translation>
    </message>
    <message>
        <source>Wait for the card</source>
        <translation>等待读卡</translation>
    </message>
</context>
<context>
    <name>CardKindStep</name>
    <message>
        <source>Hello, %1</source>
        <translation>%1，您好</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation>%1 单元</translation>
    </message>
</context>
<context>
    <name>CardLostPinStep</name>
    <message>
        <source>%1, type your card PIN: your card is blocked at once, here and then on every terminal of the building.</source>
        <translation>%1，请输入您的卡片密码：卡片将立即在此停用，随后在大楼所有终端停用。</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>I don't know my PIN: ask the front desk</source>
        <translation>忘记密码：请前台协助</translation>
    </message>
</context>
<context>
    <name>CardLostSection</name>
    <message>
        <source>Report a card lost</source>
        <translation>挂失卡片</translation>
    </message>
    <message>
        <source>Unit of the card holder</source>
        <translation>持卡人所在单元</translation>
    </message>
    <message>
        <source>no active card</source>
        <translation>无有效卡</translation>
    </message>
    <message>
        <source>Block now</source>
        <translation>立即停用</translation>
    </message>
    <message>
        <source>Blocked cards tapped</source>
        <translation>已停用卡的刷卡记录</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>Blocked cards</source>
        <translation>已停用的卡</translation>
    </message>
    <message>
        <source>%1 · %2, unit %3 · since %4</source>
        <translation>%1 · %2，%3 单元 · %4 起</translation>
    </message>
    <message>
        <source>Blocked cards tapped: %1 to acknowledge</source>
        <translation>已停用卡的刷卡记录：%1 条待确认</translation>
    </message>
</context>
<context>
    <name>CardNewRequest</name>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Someone else applies on the tenant's behalf</source>
        <translation>由他人代租户申请</translation>
    </message>
    <message>
        <source>Applicant's name</source>
        <translation>申请人姓名</translation>
    </message>
    <message>
        <source>Authorisation letter (what it says, who signed it)</source>
        <translation>授权书（内容及签署人）</translation>
    </message>
    <message>
        <source>Who carries the temporary card</source>
        <translation>临时卡持卡人</translation>
    </message>
    <message>
        <source>Valid for (days)</source>
        <translation>有效天数</translation>
    </message>
    <message>
        <source>Record request</source>
        <translation>登记申请</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Tenant's language (for their receipts)</source>
        <translation>租户语言（用于收据）</translation>
    </message>
</context>
<context>
    <name>CardPaymentsSection</name>
    <message>
        <source>Total today: %1</source>
        <translation>今日合计：%1</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>重新打印</translation>
    </message>
    <message>
        <source>No payment today.</source>
        <translation>今日暂无收款。</translation>
    </message>
</context>
<context>
    <name>CardPinScreen</name>
    <message>
        <source>Tap your IC card</source>
        <translation>请刷IC卡</translation>
    </message>
    <message>
        <source>Choose a new card PIN</source>
        <translation>设置新的卡片密码</translation>
    </message>
    <message>
        <source>Choose your card PIN</source>
        <translation>设置您的卡片密码</translation>
    </message>
    <message>
        <source>Type the same PIN again</source>
        <translation>请再次输入相同密码</translation>
    </message>
    <message>
        <source>Your card PIN is set</source>
        <translation>卡片密码已设置</translation>
    </message>
    <message>
        <source>%1, choose 4 to %2 digits that only you know: not 1111 or 1234, not your birthday or phone number.</source>
        <translation>%1，请设置只有您知道的 4 至 %2 位数字：不要用 1111 或 1234，也不要用生日或电话号码。</translation>
    </message>
    <message>
        <source>Once more, to be sure it is the PIN you meant.</source>
        <translation>请再输入一次，以确认密码无误。</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>下一步 ›</translation>
    </message>
    <message>
        <source>Save PIN</source>
        <translation>保存密码</translation>
    </message>
    <message>
        <source>If you lose your card, choose "IC card services" here, then "I lost my card": your unit, your mobile number and this PIN block the card at once. Nobody at the desk can see your PIN; if you forget it, set a new one with your card.</source>
        <translation>如卡片丢失，请在此选择“IC卡业务”，再选择“我的卡丢了”：凭单元号、手机号码和此密码即可立即停用该卡。前台人员无法看到您的密码；如忘记密码，请用卡重新设置。</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>‹ Start again</source>
        <translation>‹ 重新开始</translation>
    </message>
</context>
<context>
    <name>CardRequestRow</name>
    <message>
        <source>Unit %1 · %2 · %3</source>
        <translation>%1 单元 · %2 · %3</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>自助终端</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>前台</translation>
    </message>
</context>
<context>
    <name>CardRequestScreen</name>
    <message>
        <source>Tap your IC card</source>
        <translation>请刷IC卡</translation>
    </message>
    <message>
        <source>Your unit and phone number</source>
        <translation>您的单元和电话号码</translation>
    </message>
    <message>
        <source>What do you need?</source>
        <translation>请问您要办理什么业务？</translation>
    </message>
    <message>
        <source>Who carries the temporary card?</source>
        <translation>临时卡由谁持有？</translation>
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
        <source>Finish</source>
        <translation>完成</translation>
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
    <message>
        <source>Your card PIN</source>
        <translation>您的卡片密码</translation>
    </message>
    <message>
        <source>Your card is blocked</source>
        <translation>您的卡已停用</translation>
    </message>
</context>
<context>
    <name>CardRequestSummary</name>
    <message>
        <source>For: %1, unit %2</source>
        <translation>办理对象：%1，%2 单元</translation>
    </message>
    <message>
        <source>Valid for %1 days</source>
        <translation>有效期 %1 天</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>受理编号：%1</translation>
    </message>
    <message>
        <source>The front desk confirms your report with you and then blocks the card on every terminal. Please go to the front desk with your ID.</source>
        <translation>前台将与您核实挂失申请，随后在所有终端停用该卡。请携带证件前往前台。</translation>
    </message>
    <message>
        <source>Please go to the front desk with your ID: the desk checks it, takes any fee and hands out the card.</source>
        <translation>请携带证件前往前台：前台核验证件、收取相关费用后发卡。</translation>
    </message>
    <message>
        <source>Nothing is charged here: fees are paid at the front desk.</source>
        <translation>此处不收取任何费用：费用请在前台缴纳。</translation>
    </message>
</context>
<context>
    <name>CardRequestsSection</name>
    <message>
        <source>New request</source>
        <translation>新建申请</translation>
    </message>
    <message>
        <source>No request waits for the desk.</source>
        <translation>暂无待前台处理的申请。</translation>
    </message>
</context>
<context>
    <name>CardSlipText</name>
    <message>
        <source>New card</source>
        <translation>新办卡</translation>
    </message>
    <message>
        <source>Replacement (lost card)</source>
        <translation>补办（卡片遗失）</translation>
    </message>
    <message>
        <source>Replacement (damaged card)</source>
        <translation>补办（卡片损坏）</translation>
    </message>
    <message>
        <source>Report lost</source>
        <translation>挂失</translation>
    </message>
    <message>
        <source>Cancel card (move-out)</source>
        <translation>注销（搬离）</translation>
    </message>
    <message>
        <source>Temporary card</source>
        <translation>临时卡</translation>
    </message>
    <message>
        <source>Card fee</source>
        <translation>工本费</translation>
    </message>
    <message>
        <source>Card deposit</source>
        <translation>卡片押金</translation>
    </message>
    <message>
        <source>Deposit refund</source>
        <translation>退还押金</translation>
    </message>
    <message>
        <source>Refund receipt</source>
        <translation>退款收据</translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation>收款收据</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>For</source>
        <translation>办理业务</translation>
    </message>
    <message>
        <source>Card holder</source>
        <translation>持卡人</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Keep this receipt: a deposit is refunded against it.</source>
        <translation>请保留本收据：退还押金时须凭此收据。</translation>
    </message>
    <message>
        <source>IC-card request</source>
        <translation>IC卡业务申请</translation>
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
        <source>Bring your ID to the front desk: the desk checks it, takes the fee and hands out the card.</source>
        <translation>请携带证件前往前台：前台核验证件、收取费用后发卡。</translation>
    </message>
    <message>
        <source>Card blocked</source>
        <translation>卡片已停用</translation>
    </message>
    <message>
        <source>Blocked at</source>
        <translation>停用时间</translation>
    </message>
    <message>
        <source>Card ending</source>
        <translation>卡号尾数</translation>
    </message>
    <message>
        <source>Reported lost at the kiosk with your PIN. The card is refused here now, and at every terminal of the building after their next sync. A new card is issued at the front desk.</source>
        <translation>已凭您的密码在自助终端挂失。该卡在此已立即停用，大楼其他终端在下次同步后也将停用。新卡请到前台办理。</translation>
    </message>
</context>
<context>
    <name>CardTapRow</name>
    <message>
        <source>%1 (%2) at %3, %4</source>
        <translation>%1（%2）于 %3，%4</translation>
    </message>
    <message>
        <source>Acknowledged by %1 at %2: %3</source>
        <translation>%1 于 %2 已确认：%3</translation>
    </message>
    <message>
        <source>Acknowledged by %1 at %2</source>
        <translation>%1 于 %2 已确认</translation>
    </message>
    <message>
        <source>What you did (optional): called the holder, card retained…</source>
        <translation>处理情况（可选）：已致电持卡人、已扣留卡片…</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
</context>
<context>
    <name>CardTapStep</name>
    <message>
        <source>Hold your IC (access) card on the reader below the screen.</source>
        <translation>请将您的IC卡（门禁卡）放在屏幕下方的读卡器上。</translation>
    </message>
    <message>
        <source>I lost my card, or I have none</source>
        <translation>我的卡丢了，或者我没有卡</translation>
    </message>
</context>
<context>
    <name>CardTemporaryStep</name>
    <message>
        <source>Name of the person who carries the card</source>
        <translation>持卡人姓名</translation>
    </message>
    <message>
        <source>Valid for (days, at most %1)</source>
        <translation>有效天数（最多 %1 天）</translation>
    </message>
</context>
<context>
    <name>CardText</name>
    <message>
        <source>Choose the tenant the card is for.</source>
        <translation>请选择办卡的租户。</translation>
    </message>
    <message>
        <source>This person is not in the building directory.</source>
        <translation>此人不在楼宇名录中。</translation>
    </message>
    <message>
        <source>%1 is not listed at unit %2.</source>
        <translation>%1 未登记在 %2 单元名下。</translation>
    </message>
    <message>
        <source>A name is at most %1 characters.</source>
        <translation>姓名最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Enter the name of the person applying on the tenant's behalf.</source>
        <translation>请输入代租户申请的人员姓名。</translation>
    </message>
    <message>
        <source>Someone applying on a tenant's behalf needs an authorisation letter: note it here.</source>
        <translation>代租户申请须有授权书：请在此注明。</translation>
    </message>
    <message>
        <source>The note is at most %1 characters.</source>
        <translation>备注最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Enter the name of the person who will carry the temporary card.</source>
        <translation>请输入临时卡持卡人的姓名。</translation>
    </message>
    <message>
        <source>Choose the last day the temporary card is valid, from today.</source>
        <translation>请选择临时卡的有效截止日（从今天起）。</translation>
    </message>
    <message>
        <source>A temporary card is valid for at most %1 days.</source>
        <translation>临时卡有效期最长为 %1 天。</translation>
    </message>
    <message>
        <source>%1 has no active card to report or cancel.</source>
        <translation>%1 没有可挂失或注销的有效卡。</translation>
    </message>
    <message>
        <source>There is no such card request.</source>
        <translation>找不到该办卡申请。</translation>
    </message>
    <message>
        <source>This request was already decided (%1).</source>
        <translation>该申请已处理（%1）。</translation>
    </message>
    <message>
        <source>Check the applicant's proof of identity before approving.</source>
        <translation>批准前请核验申请人的身份证明。</translation>
    </message>
    <message>
        <source>A proxy applicant needs an authorisation letter.</source>
        <translation>代办申请人须提供授权书。</translation>
    </message>
    <message>
        <source>The %1 "%2" is not an amount in yuan: type it like 20 or 20.00.</source>
        <translation>%1“%2”不是有效的金额（元）：请按 20 或 20.00 的格式输入。</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>工本费</translation>
    </message>
    <message>
        <source>deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>Reporting a card lost or cancelling it is free: leave the fee empty.</source>
        <translation>挂失或注销不收费：请将工本费留空。</translation>
    </message>
    <message>
        <source>reported lost</source>
        <translation>已挂失</translation>
    </message>
    <message>
        <source>cancelled on move-out</source>
        <translation>已因搬离注销</translation>
    </message>
    <message>
        <source>Say why the request is rejected.</source>
        <translation>请说明驳回原因。</translation>
    </message>
    <message>
        <source>The reason is at most %1 characters.</source>
        <translation>原因最多 %1 个字。</translation>
    </message>
    <message>
        <source>This request does not issue a card.</source>
        <translation>此申请不涉及发卡。</translation>
    </message>
    <message>
        <source>Approve the request before issuing the card.</source>
        <translation>请先批准申请，再发卡。</translation>
    </message>
    <message>
        <source>This request is %1: no card to issue.</source>
        <translation>此申请状态为 %1：无卡可发。</translation>
    </message>
    <message>
        <source>"%1" is not a card number the reader gives: tap the card again.</source>
        <translation>“%1”不是读卡器读出的卡号：请重新刷卡。</translation>
    </message>
    <message>
        <source>Card %1 was reported lost on %2 (%3's card) and stays blocked: take another card.</source>
        <translation>卡 %1 已于 %2 挂失（原为 %3 的卡），仍处于停用状态：请换一张卡。</translation>
    </message>
    <message>
        <source>Card %1 is already %2's active card: take a new card.</source>
        <translation>卡 %1 已是 %2 的有效卡：请换一张新卡。</translation>
    </message>
    <message>
        <source>Card %1 is already bound to %2 (unit %3): take another card.</source>
        <translation>卡 %1 已绑定给 %2（%3 单元）：请换一张卡。</translation>
    </message>
    <message>
        <source>Card %1 is a staff card: take another card.</source>
        <translation>卡 %1 是工作人员卡：请换一张卡。</translation>
    </message>
    <message>
        <source>reported lost at the desk</source>
        <translation>已在前台挂失</translation>
    </message>
    <message>
        <source>Card %1 of %2 is blocked: tell the access-control operator if the door system is not fed by the export.</source>
        <translation>%2 的卡 %1 已停用：如门禁系统未接入导出数据，请通知门禁管理员。</translation>
    </message>
    <message>
        <source>There is no such blocked-card tap.</source>
        <translation>没有这条已停用卡的刷卡记录。</translation>
    </message>
    <message>
        <source>This tap of card %1 was already acknowledged by %2 on %3.</source>
        <translation>卡 %1 的这次刷卡已由 %2 于 %3 确认。</translation>
    </message>
    <message>
        <source>reported lost at the kiosk with the tenant's PIN</source>
        <translation>租户凭密码在自助终端挂失</translation>
    </message>
</context>
<context>
    <name>CardsScreen</name>
    <message>
        <source>Requests to approve</source>
        <translation>待审批申请</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>发卡</translation>
    </message>
    <message>
        <source>Lost &amp; blocked</source>
        <translation>挂失停用</translation>
    </message>
    <message>
        <source>Payments today</source>
        <translation>今日收款</translation>
    </message>
    <message>
        <source>%1 to approve · %2 to issue · %3 blocked-card taps to acknowledge · today %4</source>
        <translation>%1 条待审批 · %2 张待发卡 · %3 条停用卡刷卡待确认 · 今日 %4</translation>
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
        <translation>备注最多 %1 个字符。</translation>
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
        <translation>这不是有效的电话号码：内地手机号码为 11 位，香港或澳门号码为 8 位，台湾手机号码以 09 开头；其他号码请以 + 开头。</translation>
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
        <translation>今天</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
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
        <translation>等待审批</translation>
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
        <translation>今天</translation>
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
        <translation>此列表为空。</translation>
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
        <translation>处理</translation>
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
        <translation>%1楼</translation>
    </message>
</context>
<context>
    <name>InvitationScreen</name>
    <message>
        <source>Scan the QR code you received</source>
        <translation>请扫描您收到的二维码</translation>
    </message>
    <message>
        <source>Hold the invitation's QR code, on your phone or on paper, under the scanner below this screen.</source>
        <translation>请将邀请二维码（手机或纸质均可）对准屏幕下方的扫描器。</translation>
    </message>
    <message>
        <source>Cannot scan it? Type the 8-character code printed under the QR code.</source>
        <translation>无法扫描？请输入印在二维码下方的 8 位代码。</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>邀请码</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>登记</translation>
    </message>
</context>
<context>
    <name>KeyBorrowerPicker</name>
    <message>
        <source>Borrower: %1</source>
        <translation>借用人：%1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>The borrower taps their card on the reader, or check their ID and pick them:</source>
        <translation>请借用人在读卡器上刷卡，或核对其证件后从下方选择：</translation>
    </message>
    <message>
        <source>Tenant's name or unit</source>
        <translation>租户姓名或单元号</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Contractors on site</source>
        <translation>在场施工人员</translation>
    </message>
</context>
<context>
    <name>KeyCabinet</name>
    <message>
        <source>Search by tag, what it opens, slot or owner</source>
        <translation>按钥匙牌号、开启位置、格位或业主查找</translation>
    </message>
    <message>
        <source>slot %1</source>
        <translation>格位 %1</translation>
    </message>
    <message>
        <source>out to %1, due %2</source>
        <translation>已借给 %1，%2 前归还</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>借出</translation>
    </message>
    <message>
        <source>In</source>
        <translation>在柜</translation>
    </message>
    <message>
        <source>No key matches this search.</source>
        <translation>没有符合条件的钥匙。</translation>
    </message>
    <message>
        <source>The cabinet is empty: deposit a spare or add a key.</source>
        <translation>钥匙柜为空：请留存业主备用钥匙或添加钥匙。</translation>
    </message>
    <message>
        <source>Tap a key to see its history.</source>
        <translation>点击钥匙可查看其借用记录。</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>钥匙 %1</translation>
    </message>
    <message>
        <source>Owner %1 (unit %2). May also borrow it: %3</source>
        <translation>业主 %1（%2 单元）。其他可借用人：%3</translation>
    </message>
    <message>
        <source>nobody else</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Never lent.</source>
        <translation>从未借出。</translation>
    </message>
    <message>
        <source>Lend out</source>
        <translation>借出</translation>
    </message>
</context>
<context>
    <name>KeyConflicts</name>
    <message>
        <source>These keys were signed out twice, at two desks that were offline. Check who has the key, then keep that sign-out.</source>
        <translation>以下钥匙在两个离线的前台被重复借出。请核实钥匙实际在谁手中，然后保留该条借出记录。</translation>
    </message>
    <message>
        <source>out %1 at %2 by %3 · due %4</source>
        <translation>%1 于 %2 借出，经办人：%3 · 应还 %4</translation>
    </message>
    <message>
        <source>This one has the key</source>
        <translation>钥匙在此人手中</translation>
    </message>
    <message>
        <source>No conflicting sign-outs.</source>
        <translation>没有冲突的借出记录。</translation>
    </message>
</context>
<context>
    <name>KeyDepositForm</name>
    <message>
        <source>Owner: %1</source>
        <translation>业主：%1</translation>
    </message>
    <message>
        <source>The owner taps their card, or find them after checking their ID:</source>
        <translation>请业主刷卡，或核对其证件后查找：</translation>
    </message>
    <message>
        <source>Owner's name or unit</source>
        <translation>业主姓名或单元号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Who else may borrow it (the owner always may):</source>
        <translation>其他可借用人（业主本人始终可借用）：</translation>
    </message>
    <message>
        <source>Add a person: name or unit</source>
        <translation>添加人员：姓名或单元号</translation>
    </message>
    <message>
        <source>Receipt language</source>
        <translation>收据语言</translation>
    </message>
    <message>
        <source>Tag number (never the unit number)</source>
        <translation>钥匙牌号（切勿使用单元号）</translation>
    </message>
    <message>
        <source>Tag barcode (empty: the number)</source>
        <translation>钥匙牌条码（留空则使用牌号）</translation>
    </message>
    <message>
        <source>What it is (e.g. front door, 2 keys)</source>
        <translation>钥匙说明（如：大门，2 把）</translation>
    </message>
    <message>
        <source>Slot in the cabinet</source>
        <translation>钥匙柜格位</translation>
    </message>
    <message>
        <source>Deposit and print the receipt</source>
        <translation>留存并打印收据</translation>
    </message>
</context>
<context>
    <name>KeyHistory</name>
    <message>
        <source>Borrower's name or key tag</source>
        <translation>借用人姓名或钥匙牌号</translation>
    </message>
    <message>
        <source>No loan matches.</source>
        <translation>没有符合条件的借用记录。</translation>
    </message>
    <message>
        <source>No key has been lent yet.</source>
        <translation>尚无钥匙借出记录。</translation>
    </message>
</context>
<context>
    <name>KeyLoanList</name>
    <message>
        <source>out %1</source>
        <translation>借出 %1</translation>
    </message>
    <message>
        <source>back %1</source>
        <translation>归还 %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>应还 %1</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>借出</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>归还</translation>
    </message>
    <message>
        <source>Returned, damaged</source>
        <translation>已归还，有损坏</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已归还</translation>
    </message>
</context>
<context>
    <name>KeyRegisterForm</name>
    <message>
        <source>Type of key</source>
        <translation>钥匙类型</translation>
    </message>
    <message>
        <source>Common area</source>
        <translation>公共区域</translation>
    </message>
    <message>
        <source>Plant room</source>
        <translation>机房</translation>
    </message>
    <message>
        <source>Master key</source>
        <translation>总钥匙</translation>
    </message>
    <message>
        <source>Tag number</source>
        <translation>钥匙牌号</translation>
    </message>
    <message>
        <source>Tag barcode (empty: the number)</source>
        <translation>钥匙牌条码（留空则使用牌号）</translation>
    </message>
    <message>
        <source>What it opens</source>
        <translation>开启位置</translation>
    </message>
    <message>
        <source>Slot in the cabinet</source>
        <translation>钥匙柜格位</translation>
    </message>
    <message>
        <source>Add to the cabinet</source>
        <translation>添加到钥匙柜</translation>
    </message>
</context>
<context>
    <name>KeyReturnForm</name>
    <message>
        <source>Scan the key's tag, or type its number.</source>
        <translation>请扫描钥匙牌，或输入牌号。</translation>
    </message>
    <message>
        <source>Tag number</source>
        <translation>钥匙牌号</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>钥匙状况</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>完好</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <source>What is damaged</source>
        <translation>损坏情况</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>备注（选填）</translation>
    </message>
    <message>
        <source>Take the key back</source>
        <translation>确认归还</translation>
    </message>
</context>
<context>
    <name>KeySectionBar</name>
    <message>
        <source>Keys in cabinet</source>
        <translation>在柜钥匙</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>借出</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>History</source>
        <translation>借用记录</translation>
    </message>
    <message>
        <source>Deposit a spare</source>
        <translation>留存备用钥匙</translation>
    </message>
    <message>
        <source>Add a key</source>
        <translation>添加钥匙</translation>
    </message>
    <message>
        <source>Return a key</source>
        <translation>归还钥匙</translation>
    </message>
</context>
<context>
    <name>KeySignOutForm</name>
    <message>
        <source>Choose a key in the cabinet first.</source>
        <translation>请先在钥匙柜中选择一把钥匙。</translation>
    </message>
    <message>
        <source>Sign out key %1 · %2 · %3</source>
        <translation>借出钥匙 %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Receipt language</source>
        <translation>收据语言</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Work to be done (work order or task) — required</source>
        <translation>工作内容（工单或任务）— 必填</translation>
    </message>
    <message>
        <source>Work to be done (optional)</source>
        <translation>工作内容（选填）</translation>
    </message>
    <message>
        <source>Due back (yyyy-MM-dd HH:mm; empty: the usual time for this key)</source>
        <translation>应还时间（yyyy-MM-dd HH:mm；留空则按此钥匙的常规借用时长）</translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation>2 小时</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 小时</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <source>Master key: a second staff member confirms</source>
        <translation>总钥匙：须由另一名工作人员确认</translation>
    </message>
    <message>
        <source>Their PIN</source>
        <translation>确认人的 PIN 码</translation>
    </message>
    <message>
        <source>Sign out and print the receipt</source>
        <translation>借出并打印收据</translation>
    </message>
</context>
<context>
    <name>KeySlip</name>
    <message>
        <source>Owner's spare key</source>
        <translation>业主备用钥匙</translation>
    </message>
    <message>
        <source>Common-area key</source>
        <translation>公共区域钥匙</translation>
    </message>
    <message>
        <source>Plant-room key</source>
        <translation>机房钥匙</translation>
    </message>
    <message>
        <source>Master key</source>
        <translation>总钥匙</translation>
    </message>
    <message>
        <source>Key deposit</source>
        <translation>钥匙留存</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>钥匙牌 %1</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>钥匙</translation>
    </message>
    <message>
        <source>Deposited</source>
        <translation>留存时间</translation>
    </message>
    <message>
        <source>May borrow it</source>
        <translation>可借用人</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>You are told each time the key leaves the cabinet. Show this receipt to change the list or take the key back.</source>
        <translation>钥匙每次借出时都会通知您。如需更改可借用人名单或取回钥匙，请出示本收据。</translation>
    </message>
    <message>
        <source>Key borrowed</source>
        <translation>钥匙借用</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>借用人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>工作内容</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>借出</translation>
    </message>
    <message>
        <source>Return by %1</source>
        <translation>请于 %1 前归还</translation>
    </message>
    <message>
        <source>Lent by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <source>Bring the key back to the front desk by the time above. The tag is scanned on return.</source>
        <translation>请在上述时间前将钥匙交还前台。归还时将扫描钥匙牌。</translation>
    </message>
</context>
<context>
    <name>KeyText</name>
    <message>
        <source>At most %1 characters.</source>
        <translation>最多 %1 个字。</translation>
    </message>
    <message>
        <source>Type the number on the key's tag.</source>
        <translation>请输入钥匙牌上的号码。</translation>
    </message>
    <message>
        <source>A tag number is at most 20 characters.</source>
        <translation>钥匙牌号最多 20 个字符。</translation>
    </message>
    <message>
        <source>A key tag never carries the unit number: use the tag's own number.</source>
        <translation>钥匙牌上不得使用单元号：请使用钥匙牌自身的编号。</translation>
    </message>
    <message>
        <source>Tag %1 is already on another key in the cabinet.</source>
        <translation>钥匙牌 %1 已用于柜中另一把钥匙。</translation>
    </message>
    <message>
        <source>This barcode is already on another key's tag.</source>
        <translation>此条码已用于另一把钥匙的钥匙牌。</translation>
    </message>
    <message>
        <source>Say what the key opens.</source>
        <translation>请说明这把钥匙用于开启何处。</translation>
    </message>
    <message>
        <source>An owner's spare key is deposited by its owner: use Deposit.</source>
        <translation>业主的备用钥匙须由业主本人留存：请使用“留存”。</translation>
    </message>
    <message>
        <source>Choose the owner from the building directory.</source>
        <translation>请从楼宇名录中选择业主。</translation>
    </message>
    <message>
        <source>%1 is not recorded for unit %2 in the directory.</source>
        <translation>名录中 %1 未登记在 %2 单元名下。</translation>
    </message>
    <message>
        <source>Everyone on the owner's list must be in the building directory.</source>
        <translation>业主授权名单上的每个人都必须在楼宇名录中。</translation>
    </message>
    <message>
        <source>Tap the borrower's card, or pick them after checking their ID.</source>
        <translation>请借用人刷卡，或核对其证件后从列表中选择。</translation>
    </message>
    <message>
        <source>This person is not in the building directory.</source>
        <translation>此人不在楼宇名录中。</translation>
    </message>
    <message>
        <source>This is not an active staff member.</source>
        <translation>此人不是在职工作人员。</translation>
    </message>
    <message>
        <source>There is no such visit at this terminal.</source>
        <translation>本终端没有该来访记录。</translation>
    </message>
    <message>
        <source>%1 is not on site.</source>
        <translation>%1 当前不在场。</translation>
    </message>
    <message>
        <source>%1 is a visitor, not a contractor: visitors do not borrow keys.</source>
        <translation>%1 是访客，不是施工人员：访客不能借用钥匙。</translation>
    </message>
    <message>
        <source>Choose who borrows the key.</source>
        <translation>请选择借用人。</translation>
    </message>
    <message>
        <source>Choose a key from the cabinet.</source>
        <translation>请从钥匙柜中选择一把钥匙。</translation>
    </message>
    <message>
        <source>Key %1 is already out: it has to be returned first.</source>
        <translation>钥匙 %1 已借出：须先归还。</translation>
    </message>
    <message>
        <source>Key %1 is already out to %2 since %3: it has to be returned first.</source>
        <translation>钥匙 %1 已于 %3 借给 %2：须先归还。</translation>
    </message>
    <message>
        <source>%1 is not on the owner's list for this key: only the owner (%2) and the people they listed may borrow it.</source>
        <translation>%1 不在此钥匙的业主授权名单上：仅业主（%2）及其指定的人员可以借用。</translation>
    </message>
    <message>
        <source>%1 is not staff: this key is lent to staff, or to a contractor checked in on site.</source>
        <translation>%1 不是工作人员：此钥匙仅借给工作人员，或已登记在场的施工人员。</translation>
    </message>
    <message>
        <source>A master key is lent to staff only.</source>
        <translation>总钥匙仅借给工作人员。</translation>
    </message>
    <message>
        <source>Say why the key is borrowed.</source>
        <translation>请说明借用事由。</translation>
    </message>
    <message>
        <source>A plant-room key needs the work to be done (work order or task).</source>
        <translation>借用机房钥匙须注明要进行的工作（工单或任务）。</translation>
    </message>
    <message>
        <source>A contractor needs the work to be done (work order or task).</source>
        <translation>施工人员借用钥匙须注明要进行的工作（工单或任务）。</translation>
    </message>
    <message>
        <source>The due time %1 has already passed: choose a later time.</source>
        <translation>应还时间 %1 已过：请选择更晚的时间。</translation>
    </message>
    <message>
        <source>A key is lent for at most %1 days: choose a due time before %2.</source>
        <translation>钥匙最长借用 %1 天：请选择 %2 之前的应还时间。</translation>
    </message>
    <message>
        <source>A master key needs a second staff member to confirm with their PIN.</source>
        <translation>借用总钥匙须由另一名工作人员输入 PIN 码确认。</translation>
    </message>
    <message>
        <source>The second person must be an active staff member.</source>
        <translation>确认人必须是在职工作人员。</translation>
    </message>
    <message>
        <source>The second staff member must be someone other than the one lending or borrowing the key.</source>
        <translation>确认人不能是借出或借用钥匙的人。</translation>
    </message>
    <message>
        <source>The second staff member types their PIN.</source>
        <translation>请确认人输入其 PIN 码。</translation>
    </message>
    <message>
        <source>Staff PINs are not set up on this terminal.</source>
        <translation>本终端未设置工作人员 PIN 码。</translation>
    </message>
    <message>
        <source>No key in the cabinet has tag %1: check the number, or scan the tag.</source>
        <translation>钥匙柜中没有钥匙牌为 %1 的钥匙：请核对编号，或扫描钥匙牌。</translation>
    </message>
    <message>
        <source>Key %1 is in the cabinet: it was not signed out, so there is nothing to return.</source>
        <translation>钥匙 %1 在钥匙柜中：未被借出，无需归还。</translation>
    </message>
    <message>
        <source>Say what condition the key is in.</source>
        <translation>请说明钥匙的状况。</translation>
    </message>
    <message>
        <source>Note what is damaged.</source>
        <translation>请注明损坏之处。</translation>
    </message>
    <message>
        <source>The note is at most %1 characters.</source>
        <translation>备注最多 %1 个字符。</translation>
    </message>
    <message>
        <source>This key has no conflicting sign-out to resolve (another desk may have resolved it).</source>
        <translation>此钥匙没有需要处理的借出冲突（可能已由其他前台处理）。</translation>
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
    <name>KeysScreen</name>
    <message>
        <source>%1 in the cabinet · %2 out · %3 overdue</source>
        <translation>%1 把在柜 · %2 把借出 · %3 把逾期</translation>
    </message>
    <message>
        <source>No key is out.</source>
        <translation>没有借出的钥匙。</translation>
    </message>
    <message>
        <source>No key is overdue.</source>
        <translation>没有逾期未还的钥匙。</translation>
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
    <message>
        <source>Your services:</source>
        <translation>您可办理的业务：</translation>
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
    <name>MyKeysScreen</name>
    <message>
        <source>Tap your IC card</source>
        <translation>请刷IC卡</translation>
    </message>
    <message>
        <source>Keys you hold</source>
        <translation>您借用中的钥匙</translation>
    </message>
    <message>
        <source>%1 · %2 · was due back %3: please bring it to the front desk</source>
        <translation>%1 · %2 · 应于 %3 归还：请尽快交回前台</translation>
    </message>
    <message>
        <source>%1 · %2 · due back %3</source>
        <translation>%1 · %2 · 归还时间 %3</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>Your spare keys at the front desk</source>
        <translation>您留存在前台的备用钥匙</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>None: the front desk keeps a spare for you if you deposit one.</source>
        <translation>无：如需留存备用钥匙，可交由前台保管。</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>OnSiteScreen</name>
    <message>
        <source>On site now: %1</source>
        <translation>当前在场：%1</translation>
    </message>
    <message>
        <source>Visitors and their companions. Check-ins at other terminals appear once this terminal has synced.</source>
        <translation>访客及其随行人员。其他终端的登记记录将在本终端同步后显示。</translation>
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
    <name>PinPad</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>PinText</name>
    <message>
        <source>The PIN is empty.</source>
        <translation>密码为空。</translation>
    </message>
    <message>
        <source>A PIN is digits only (0-9), no letters, spaces or signs.</source>
        <translation>密码只能是数字（0-9），不能有字母、空格或符号。</translation>
    </message>
    <message>
        <source>A PIN has %1 to %2 digits; this one has %3.</source>
        <translation>密码应为 %1 至 %2 位数字；此密码为 %3 位。</translation>
    </message>
    <message>
        <source>One digit repeated is too easy to guess: choose another PIN.</source>
        <translation>同一数字重复太容易被猜到：请换一个密码。</translation>
    </message>
    <message>
        <source>Digits counting up or down (like 1234 or 9876) are too easy to guess: choose another PIN.</source>
        <translation>顺序递增或递减的数字（如 1234 或 9876）太容易被猜到：请换一个密码。</translation>
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
    <message>
        <source>Set my card PIN</source>
        <translation>设置卡片密码</translation>
    </message>
    <message>
        <source>Lets you block your card here if you ever lose it</source>
        <translation>卡片丢失时可在此自助停用</translation>
    </message>
    <message>
        <source>My keys</source>
        <translation>我的钥匙</translation>
    </message>
    <message>
        <source>Keys you hold, and where your spares are</source>
        <translation>借用中的钥匙及备用钥匙的去向</translation>
    </message>
</context>
<context>
    <name>SiteSignerText</name>
    <message>
        <source>this terminal</source>
        <translation>本终端</translation>
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
    <name>StaffChip</name>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
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
        <translation>前台</translation>
    </message>
    <message>
        <source>Guard post</source>
        <translation>保安岗</translation>
    </message>
    <message>
        <source>Printer trouble elsewhere on site — %1. Visitors there see their slip's QR on screen.</source>
        <translation>本项目其他终端打印机故障 — %1。该处访客会在屏幕上看到凭条二维码。</translation>
    </message>
</context>
<context>
    <name>StaffPinText</name>
    <message>
        <source>Too many wrong PINs: signing in with this card is locked until %1. A supervisor can set a new PIN at the hub.</source>
        <translation>PIN 码错误次数过多：此卡登录已锁定至 %1。主管可在总部服务器上设置新的 PIN 码。</translation>
    </message>
    <message>
        <source>%1 is not an active staff member in this terminal's directory.</source>
        <translation>在本终端的人员名录中，%1 不是在职工作人员。</translation>
    </message>
    <message>
        <source>No PIN is set for %1 yet: a supervisor sets one at the hub (lobbydesk-ctl hub staff-pin).</source>
        <translation>%1 尚未设置 PIN 码：请主管在总部服务器上设置（lobbydesk-ctl hub staff-pin）。</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>请输入您的 PIN 码。</translation>
    </message>
    <message>
        <source>Wrong PIN. Attempts left before signing in is locked: %1.</source>
        <translation>PIN 码错误。登录锁定前剩余尝试次数：%1。</translation>
    </message>
</context>
<context>
    <name>StaffSignIn</name>
    <message>
        <source>%1, enter your PIN</source>
        <translation>%1，请输入您的 PIN 码</translation>
    </message>
    <message>
        <source>Tap your staff card</source>
        <translation>请刷工作人员卡</translation>
    </message>
    <message>
        <source>Hold your staff card on the card reader to sign in. Actions at this terminal are recorded in your name.</source>
        <translation>请将工作人员卡放在读卡器上登录。您在本终端的操作将以您的名义记录。</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Not you? Start again</source>
        <translation>不是您本人？重新开始</translation>
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
    <name>TenantPinText</name>
    <message>
        <source>Too many wrong PINs: your PIN is locked until %1. Please go to the front desk with your ID.</source>
        <translation>密码错误次数过多：您的密码已锁定至 %1。请携带证件前往前台。</translation>
    </message>
    <message>
        <source>This person is not in the building directory.</source>
        <translation>此人不在楼宇名录中。</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Please choose your PIN again.</source>
        <translation>两次输入的密码不一致。请重新设置密码。</translation>
    </message>
    <message>
        <source>No card PIN is set for you: the front desk confirms who you are.</source>
        <translation>您尚未设置卡片密码：将由前台核实您的身份。</translation>
    </message>
    <message>
        <source>Enter your card PIN.</source>
        <translation>请输入您的卡片密码。</translation>
    </message>
    <message>
        <source>Wrong PIN. Attempts left before your PIN is locked: %1.</source>
        <translation>密码错误。再错 %1 次密码将被锁定。</translation>
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
<context>
    <name>VisitSlip</name>
    <message>
        <source>Floor %1, unit %2</source>
        <translation>%1楼 %2单元</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>送货</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>面试</translation>
    </message>
    <message>
        <source>Contractor work</source>
        <translation>承包商施工</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Visitor slip</source>
        <translation>访客单</translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation>被访人</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>来访事由</translation>
    </message>
    <message>
        <source>Companions</source>
        <translation>随行人员</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Time in</source>
        <translation>进入时间</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Scan this code at the kiosk or the guard post when you leave.</source>
        <translation>离开时，请在自助机或门岗扫描此码。</translation>
    </message>
    <message>
        <source>Show this slip at the front desk when you leave.</source>
        <translation>离开时，请向前台出示此单。</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>邀请</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>On arrival, scan this code at the lobby kiosk: no typing needed.</source>
        <translation>到达后，请在大堂自助机扫描此码，无需手动输入。</translation>
    </message>
    <message>
        <source>Evacuation roll call</source>
        <translation>疏散点名</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Visitors on site</source>
        <translation>在场访客</translation>
    </message>
    <message>
        <source>No visitors on site.</source>
        <translation>当前无在场访客。</translation>
    </message>
    <message>
        <source>Printed from this terminal's own records: visitors checked in at other terminals appear once synced.</source>
        <translation>依据本终端自身记录打印：在其他终端登记的访客须同步后才会列出。</translation>
    </message>
</context>
<context>
    <name>VisitText</name>
    <message>
        <source>Enter your name.</source>
        <translation>请输入您的姓名。</translation>
    </message>
    <message>
        <source>A name is at most %1 characters.</source>
        <translation>姓名最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A name has letters only: no digits or symbols.</source>
        <translation>姓名只能包含文字，不能包含数字或符号。</translation>
    </message>
    <message>
        <source>Enter your mobile number.</source>
        <translation>请输入您的手机号码。</translation>
    </message>
    <message>
        <source>This is not a phone number: a mainland mobile has 11 digits, a Hong Kong or Macau number 8, a Taiwan mobile starts 09; others start with +.</source>
        <translation>这不是有效的电话号码：内地手机号码为 11 位，香港或澳门号码为 8 位，台湾手机号码以 09 开头；其他号码请以 + 开头。</translation>
    </message>
    <message>
        <source>Choose whom you are visiting.</source>
        <translation>请选择您要拜访的对象。</translation>
    </message>
    <message>
        <source>Choose why you are here.</source>
        <translation>请选择来访事由。</translation>
    </message>
    <message>
        <source>Say why you are here.</source>
        <translation>请说明来访事由。</translation>
    </message>
    <message>
        <source>The note is at most %1 characters.</source>
        <translation>备注最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Companions: 0 to %1. A larger group checks in at the front desk.</source>
        <translation>随行人员：0 至 %1 人。人数更多的团体请到前台登记。</translation>
    </message>
    <message>
        <source>This is not a vehicle plate (for example 粤B12345, AB1234); leave it empty if you came on foot.</source>
        <translation>这不是有效的车牌号码（例如 粤B12345、AB1234）；如您步行前来，请留空。</translation>
    </message>
    <message>
        <source>This is not an ID number (18 characters on a mainland ID card, A123456(7) in Hong Kong, A123456789 in Taiwan, or a passport number); you may leave it empty.</source>
        <translation>这不是有效的证件号码（内地身份证为 18 位，香港为 A123456(7)，台湾为 A123456789，或护照号码）；您也可以留空。</translation>
    </message>
    <message>
        <source>Carried items: at most %1 characters.</source>
        <translation>携带物品：最多 %1 个字符。</translation>
    </message>
    <message>
        <source>This code is not a LobbyDesk code.</source>
        <translation>此码不是 LobbyDesk 码。</translation>
    </message>
    <message>
        <source>This code is damaged or incomplete: scan it again, or type the number printed under it.</source>
        <translation>此码已损坏或不完整：请重新扫描，或输入印在码下方的编号。</translation>
    </message>
    <message>
        <source>This code was not issued at this site (or this terminal has not synced since it was): please see the front desk.</source>
        <translation>此码并非本场所签发（或本终端自签发后尚未同步）：请前往前台。</translation>
    </message>
    <message>
        <source>This code was issued by a terminal that is no longer trusted: please see the front desk.</source>
        <translation>此码由已不再受信任的终端签发：请前往前台。</translation>
    </message>
    <message>
        <source>This code has been altered and is not valid: please see the front desk.</source>
        <translation>此码已被篡改，无法使用：请前往前台。</translation>
    </message>
    <message>
        <source>The person you visit is not in the building directory.</source>
        <translation>您要拜访的人不在大楼名录中。</translation>
    </message>
    <message>
        <source>The company you visit is not in the building directory.</source>
        <translation>您要拜访的公司不在大楼名录中。</translation>
    </message>
    <message>
        <source>You are already checked in.</source>
        <translation>您已完成登记。</translation>
    </message>
    <message>
        <source>Thank you. Please see the front desk to complete your check-in.</source>
        <translation>谢谢。请前往前台完成登记。</translation>
    </message>
    <message>
        <source>%1 receives visitors by invitation. Please see the front desk: they will contact your host.</source>
        <translation>%1仅接待受邀访客。请前往前台，前台将为您联系被访人。</translation>
    </message>
    <message>
        <source>Thank you. The front desk is confirming your visit with %1; please see the front desk.</source>
        <translation>谢谢。前台正在与%1确认您的来访，请前往前台。</translation>
    </message>
    <message>
        <source>Welcome, %1. Please take your visitor slip and scan it when you leave.</source>
        <translation>欢迎您，%1。请取走您的访客单，并在离开时扫描。</translation>
    </message>
    <message>
        <source>Choose the days of the visit.</source>
        <translation>请选择来访日期。</translation>
    </message>
    <message>
        <source>The invitation must end after it starts.</source>
        <translation>邀请的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>These days are already over.</source>
        <translation>所选日期已过。</translation>
    </message>
    <message>
        <source>An invitation is valid for at most %1 days.</source>
        <translation>邀请的有效期最长为 %1 天。</translation>
    </message>
    <message>
        <source>This terminal cannot sign invitations until it is enrolled with the hub.</source>
        <translation>本终端须先在总部服务器注册，才能签发邀请。</translation>
    </message>
    <message>
        <source>There is no such invitation.</source>
        <translation>找不到此邀请。</translation>
    </message>
    <message>
        <source>This invitation was already cancelled.</source>
        <translation>此邀请已被取消。</translation>
    </message>
    <message>
        <source>This is a visitor slip, not an invitation: scan it at the exit when you leave.</source>
        <translation>这是访客单，不是邀请：请在离开时于出口处扫描。</translation>
    </message>
    <message>
        <source>This code is not an invitation.</source>
        <translation>此码不是邀请码。</translation>
    </message>
    <message>
        <source>This invitation is for another building.</source>
        <translation>此邀请适用于其他大楼。</translation>
    </message>
    <message>
        <source>This invitation is valid from %1. Please come back then, or see the front desk.</source>
        <translation>此邀请自 %1 起生效。请届时再来，或前往前台。</translation>
    </message>
    <message>
        <source>This invitation expired on %1. Please see the front desk.</source>
        <translation>此邀请已于 %1 过期。请前往前台。</translation>
    </message>
    <message>
        <source>This invitation was cancelled. Please see the front desk.</source>
        <translation>此邀请已被取消。请前往前台。</translation>
    </message>
    <message>
        <source>You are already checked in, %1: here is your slip again.</source>
        <translation>%1，您已完成登记，这是您的访客单。</translation>
    </message>
    <message>
        <source>An invitation code has 8 letters and digits, like 3F9A-07C2: check what you typed.</source>
        <translation>邀请码由 8 位字母和数字组成，例如 3F9A-07C2，请检查您的输入。</translation>
    </message>
    <message>
        <source>This kiosk does not know invitation %1. An invitation made in the last few minutes may not have reached it yet: scan its QR code, or see the front desk.</source>
        <translation>本自助机找不到邀请 %1。几分钟内创建的邀请可能尚未同步到本机：请扫描邀请二维码，或前往前台。</translation>
    </message>
    <message>
        <source>Please scan the invitation's QR code, or see the front desk.</source>
        <translation>请扫描邀请二维码，或前往前台。</translation>
    </message>
    <message>
        <source>There is no such visit.</source>
        <translation>找不到此来访记录。</translation>
    </message>
    <message>
        <source>This visit is not waiting for a decision.</source>
        <translation>此来访不在待决定状态。</translation>
    </message>
    <message>
        <source>This visitor matched the deny list: note why you let them in.</source>
        <translation>此访客与黑名单匹配：请注明允许其进入的原因。</translation>
    </message>
    <message>
        <source>Give the reason (at most %1 characters).</source>
        <translation>请填写原因（最多 %1 个字符）。</translation>
    </message>
    <message>
        <source>This terminal knows no visit %1: scan the slip's QR code, or see the front desk.</source>
        <translation>本终端找不到来访记录 %1：请扫描访客单上的二维码，或前往前台。</translation>
    </message>
    <message>
        <source>This is an invitation: scan it at the kiosk to check in.</source>
        <translation>这是邀请：请在自助机扫描以办理登记。</translation>
    </message>
    <message>
        <source>This is not a visitor slip.</source>
        <translation>这不是访客单。</translation>
    </message>
    <message>
        <source>This slip is from another building.</source>
        <translation>此访客单属于其他大楼。</translation>
    </message>
    <message>
        <source>This visit was closed at the end of the day (%1). Nothing more to do.</source>
        <translation>此来访已于日终（%1）关闭，无需其他操作。</translation>
    </message>
    <message>
        <source>Already checked out at %1. Nothing more to do.</source>
        <translation>已于 %1 签离，无需其他操作。</translation>
    </message>
    <message>
        <source>This visitor was never let in (%1): please see the front desk.</source>
        <translation>此访客未获准进入（%1）：请前往前台。</translation>
    </message>
    <message>
        <source>turned away</source>
        <translation>已被拒绝</translation>
    </message>
    <message>
        <source>waiting at the front desk</source>
        <translation>正在前台等候</translation>
    </message>
    <message>
        <source>Goodbye, %1. Checked out at %2.</source>
        <translation>再见，%1。您已于 %2 签离。</translation>
    </message>
    <message>
        <source>Checked out at %1. This terminal has not received the check-in yet; the front desk sees both after the next sync.</source>
        <translation>已于 %1 签离。本终端尚未收到登记记录；下次同步后，前台即可看到两条记录。</translation>
    </message>
    <message>
        <source>Thank you: this visit was already rated.</source>
        <translation>谢谢！本次来访已评价过。</translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation>这不是有效的电话号码。</translation>
    </message>
    <message>
        <source>This is not an ID number.</source>
        <translation>这不是有效的证件号码。</translation>
    </message>
    <message>
        <source>ID numbers can be listed once this terminal has synced with the hub.</source>
        <translation>本终端与总部服务器同步后，即可列出证件号码。</translation>
    </message>
    <message>
        <source>Give a name, a phone number or an ID number.</source>
        <translation>请输入姓名、电话号码或证件号码。</translation>
    </message>
    <message>
        <source>There is no such entry on the deny list.</source>
        <translation>该条目不在黑名单中。</translation>
    </message>
    <message numerus="yes">
        <source>This visitor still holds %n key(s): %1. Please return them to the front desk before leaving.</source>
        <translation><numerusform>此访客仍持有 %n 把钥匙：%1。离开前请将钥匙交还前台。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitorCheckInScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>请选择语言</translation>
    </message>
    <message>
        <source>What is your name?</source>
        <translation>请问您的姓名？</translation>
    </message>
    <message>
        <source>Your mobile number</source>
        <translation>您的手机号码</translation>
    </message>
    <message>
        <source>Whom are you visiting?</source>
        <translation>请问您要拜访谁？</translation>
    </message>
    <message>
        <source>Why are you here?</source>
        <translation>请问您的来访事由？</translation>
    </message>
    <message>
        <source>How many people are with you?</source>
        <translation>请问有几位随行人员？</translation>
    </message>
    <message>
        <source>Did you come by car?</source>
        <translation>请问您是否驾车前来？</translation>
    </message>
    <message>
        <source>Your ID number (optional)</source>
        <translation>您的证件号码（选填）</translation>
    </message>
    <message>
        <source>Check your details</source>
        <translation>请核对您的信息</translation>
    </message>
    <message>
        <source>Visitor check-in · step %1 of %2</source>
        <translation>访客登记 · 第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>The screens and your visitor slip will be in this language.</source>
        <translation>界面和访客单将使用此语言。</translation>
    </message>
    <message>
        <source>Your full name, as on your ID</source>
        <translation>请填写与证件一致的全名</translation>
    </message>
    <message>
        <source>Tap the field to type; 中 on the keyboard switches to Chinese input.</source>
        <translation>点击输入框即可输入；按键盘上的“中”可切换到中文输入。</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Your host or the front desk may call you on it.</source>
        <translation>被访人或前台可能会致电此号码联系您。</translation>
    </message>
    <message>
        <source>Not counting yourself. Everyone enters on your slip.</source>
        <translation>不含您本人。所有人均登记在您的访客单上。</translation>
    </message>
    <message>
        <source>Vehicle plate (optional)</source>
        <translation>车牌号码（选填）</translation>
    </message>
    <message>
        <source>For example 粤B12345</source>
        <translation>例如 粤B12345</translation>
    </message>
    <message>
        <source>Leave it empty if you came on foot.</source>
        <translation>如步行前来，请留空。</translation>
    </message>
    <message>
        <source>ID card or passport number (optional)</source>
        <translation>身份证或护照号码（选填）</translation>
    </message>
    <message>
        <source>Only the last 4 characters are kept; the full number is never stored. You may leave it empty.</source>
        <translation>仅保留最后 4 位，完整号码不会被存储。您也可以留空。</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ 上一步</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>下一步 ›</translation>
    </message>
</context>
<context>
    <name>VisitorCheckOutScreen</name>
    <message>
        <source>Scan the visitor slip, or type its number</source>
        <translation>扫描访客单，或输入其编号</translation>
    </message>
    <message>
        <source>Visit number, e.g. V-20261122-0007</source>
        <translation>访客编号，例如 V-20261122-0007</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>签离</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>已签离</translation>
    </message>
    <message>
        <source>Already checked out</source>
        <translation>已签离</translation>
    </message>
    <message>
        <source>Not checked out</source>
        <translation>未签离</translation>
    </message>
    <message>
        <source>Works offline: the slip's signature is checked on this terminal, and the check-out reaches the front desk at the next sync.</source>
        <translation>支持离线使用：访客单签名在本终端校验，签离记录将在下次同步时发送至前台。</translation>
    </message>
    <message>
        <source>Scan your visitor slip</source>
        <translation>请扫描您的访客单</translation>
    </message>
    <message>
        <source>Hold the QR code on your slip under the scanner below this screen.</source>
        <translation>请将访客单上的二维码对准屏幕下方的扫描器。</translation>
    </message>
    <message>
        <source>Thank you for visiting. Goodbye!</source>
        <translation>感谢您的来访，再见！</translation>
    </message>
    <message>
        <source>Thank you for your answer. Goodbye!</source>
        <translation>感谢您的反馈，再见！</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>No slip, or it will not scan? Type the visit number printed on it (V-…).</source>
        <translation>没有访客单或无法扫描？请输入单上打印的访客编号（V-…）。</translation>
    </message>
    <message>
        <source>Visit number</source>
        <translation>访客编号</translation>
    </message>
</context>
<context>
    <name>VisitorDenyList</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>ID number (kept only as a check value)</source>
        <translation>证件号码（仅保留校验值）</translation>
    </message>
    <message>
        <source>Reason (staff see it; the visitor never does)</source>
        <translation>原因（仅员工可见，访客不可见）</translation>
    </message>
    <message>
        <source>Add to the deny list</source>
        <translation>加入黑名单</translation>
    </message>
    <message>
        <source>On the list (%1)</source>
        <translation>名单内（%1）</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>解除</translation>
    </message>
</context>
<context>
    <name>VisitorDetails</name>
    <message>
        <source>Lobby kiosk</source>
        <translation>大堂自助机</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>邀请</translation>
    </message>
    <message>
        <source>Slip scanned</source>
        <translation>已扫描访客单</translation>
    </message>
    <message>
        <source>Closed automatically at the end of the day</source>
        <translation>当日结束时自动关闭</translation>
    </message>
    <message>
        <source>Choose a visit from the list.</source>
        <translation>请从列表中选择一条来访记录。</translation>
    </message>
    <message>
        <source>Matched the deny list: %1. The visitor was only asked to see the front desk; they were not told why.</source>
        <translation>命中黑名单：%1。仅请访客前往前台，未告知原因。</translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation>被访人</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Floor %1, unit %2</source>
        <translation>%1楼 %2单元</translation>
    </message>
    <message>
        <source>Time in</source>
        <translation>进入时间</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>来访事由</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Companions</source>
        <translation>随行人员</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>证件</translation>
    </message>
    <message>
        <source>ending %1</source>
        <translation>尾号 %1</translation>
    </message>
    <message>
        <source>Carries</source>
        <translation>携带物品</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>已签离</translation>
    </message>
    <message>
        <source>Why you let them in, or why you turn them away (required)</source>
        <translation>放行原因或拒绝原因（必填）</translation>
    </message>
    <message>
        <source>A note, or why you turn them away (required to deny)</source>
        <translation>备注或拒绝原因（拒绝时必填）</translation>
    </message>
    <message>
        <source>Let in and print slip</source>
        <translation>放行并打印访客单</translation>
    </message>
    <message>
        <source>Turn away</source>
        <translation>拒绝进入</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>签离</translation>
    </message>
    <message>
        <source>Print slip again</source>
        <translation>重新打印访客单</translation>
    </message>
</context>
<context>
    <name>VisitorEvacuation</name>
    <message>
        <source>%1 visitors on site</source>
        <translation>%1 名访客在场</translation>
    </message>
    <message>
        <source>Print the roll call</source>
        <translation>打印疏散点名表</translation>
    </message>
    <message>
        <source>From this terminal's own records, so it prints without the network. Visitors checked in at other terminals appear once synced; last sync: %1.</source>
        <translation>依据本终端自身记录，断网也可打印。在其他终端登记的访客需同步后才会显示；上次同步：%1。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
</context>
<context>
    <name>VisitorForm</name>
    <message>
        <source>Visitor's name</source>
        <translation>访客姓名</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>ID number (optional; only the last 4 are kept)</source>
        <translation>证件号码（选填；仅保留最后 4 位）</translation>
    </message>
    <message>
        <source>Vehicle plate (optional)</source>
        <translation>车牌号码（选填）</translation>
    </message>
    <message>
        <source>Companions</source>
        <translation>随行人员</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>来访事由</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>送货</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>面试</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>施工人员</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>What for?</source>
        <translation>来访事由</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Language of the invitation</source>
        <translation>邀请语言</translation>
    </message>
    <message>
        <source>Language of the slip</source>
        <translation>访客单语言</translation>
    </message>
    <message>
        <source>Make invitation and print</source>
        <translation>生成邀请并打印</translation>
    </message>
    <message>
        <source>Check in and print slip</source>
        <translation>登记并打印访客单</translation>
    </message>
</context>
<context>
    <name>VisitorHostPicker</name>
    <message>
        <source>Whom do they visit?</source>
        <translation>拜访谁？</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
</context>
<context>
    <name>VisitorInvitations</name>
    <message>
        <source>Invitation for %1</source>
        <translation>%1的邀请</translation>
    </message>
    <message>
        <source>The host may photograph this code and send it to the visitor.</source>
        <translation>被访人可拍下此码发给访客。</translation>
    </message>
    <message>
        <source>Coming (%1)</source>
        <translation>待到访（%1）</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>VisitorList</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>在场</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>等待审批</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>已签离</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Search by name, phone, number, unit or company</source>
        <translation>按姓名、电话、编号、单元或公司搜索</translation>
    </message>
    <message>
        <source>No visit matches this search.</source>
        <translation>没有符合搜索条件的来访记录。</translation>
    </message>
    <message>
        <source>Nothing in this list.</source>
        <translation>此列表为空。</translation>
    </message>
</context>
<context>
    <name>VisitorPurposeStep</name>
    <message>
        <source>Say in a few words why you are here</source>
        <translation>请简要说明来访事由</translation>
    </message>
</context>
<context>
    <name>VisitorRating</name>
    <message>
        <source>How was your visit?</source>
        <translation>您对本次来访满意吗？</translation>
    </message>
    <message>
        <source>☺  Satisfied</source>
        <translation>☺  满意</translation>
    </message>
    <message>
        <source>☹  Not satisfied</source>
        <translation>☹  不满意</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
</context>
<context>
    <name>VisitorResult</name>
    <message>
        <source>Thank you</source>
        <translation>谢谢</translation>
    </message>
    <message>
        <source>Please take your visitor slip</source>
        <translation>请取走您的访客单</translation>
    </message>
    <message>
        <source>%1, you are checked in</source>
        <translation>%1，您已登记成功</translation>
    </message>
    <message>
        <source>%1 Take a photo of this code instead and show it when you leave.</source>
        <translation>%1 请拍下此二维码，离开时出示。</translation>
    </message>
    <message>
        <source>%1 Note your visit number and give it when you leave.</source>
        <translation>%1 请记下您的访客编号，离开时提供。</translation>
    </message>
    <message>
        <source>Visit number %1</source>
        <translation>访客编号 %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>VisitorSatisfaction</name>
    <message>
        <source>Satisfied answers out of all answers after check-out, last 7 days. Target: 85% or more.</source>
        <translation>近 7 天签离后评价中“满意”所占比例。目标：85% 或以上。</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>暂无评价</translation>
    </message>
    <message>
        <source>%1% (%2 of %3)</source>
        <translation>%1%（%3 条中 %2 条）</translation>
    </message>
    <message>
        <source>below target</source>
        <translation>低于目标</translation>
    </message>
</context>
<context>
    <name>VisitorSectionBar</name>
    <message>
        <source>Visits</source>
        <translation>来访记录</translation>
    </message>
    <message>
        <source>Check in a visitor</source>
        <translation>访客登记</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>邀请</translation>
    </message>
    <message>
        <source>Deny list</source>
        <translation>黑名单</translation>
    </message>
    <message>
        <source>Evacuation</source>
        <translation>疏散</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
</context>
<context>
    <name>VisitorSlipQr</name>
    <message>
        <source>Not printed: show this code to the visitor</source>
        <translation>未打印：请向访客出示此码</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>VisitorSummary</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation>被访人</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>来访事由</translation>
    </message>
    <message>
        <source>Companions</source>
        <translation>随行人员</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>…%1 (only these 4 kept)</source>
        <translation>…%1（仅保留这 4 位）</translation>
    </message>
</context>
<context>
    <name>VisitorsScreen</name>
    <message>
        <source>%1 on site · %2 waiting for the desk</source>
        <translation>%1 在场 · %2 等待前台处理</translation>
    </message>
</context>
<context>
    <name>lobbydesk::CardDesk</name>
    <message>
        <source>this terminal</source>
        <translation>本终端</translation>
    </message>
    <message>
        <source>Request approved.</source>
        <translation>申请已批准。</translation>
    </message>
    <message>
        <source>Blocked: %1.</source>
        <translation>已挂失：%1。</translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <translation>已注销：%1。</translation>
    </message>
    <message>
        <source>Now tap the new card on the reader to issue it.</source>
        <translation>请将新卡放在读卡器上以完成发卡。</translation>
    </message>
    <message>
        <source>Request rejected.</source>
        <translation>申请已驳回。</translation>
    </message>
    <message>
        <source>Card %1 issued to %2.</source>
        <translation>卡 %1 已发给 %2。</translation>
    </message>
    <message>
        <source>Blocked on this terminal now, and on the others with the next sync: %1.</source>
        <translation>已在本终端挂失，其他终端将在下次同步后生效：%1。</translation>
    </message>
    <message>
        <source>Choose what the tenant asks for.</source>
        <translation>请选择租户要办理的业务。</translation>
    </message>
    <message>
        <source>"%1" is not a number of days: type a whole number like 7.</source>
        <translation>“%1”不是有效的天数：请输入整数，例如 7。</translation>
    </message>
    <message>
        <source>Request recorded: check the identity proof, then approve it.</source>
        <translation>申请已记录：请核对身份证明后批准。</translation>
    </message>
    <message>
        <source>Receipt %1 is not one of today's here.</source>
        <translation>收据 %1 不是本终端今日开具的收据。</translation>
    </message>
    <message>
        <source>No receipt printer is set up here: the payment is recorded, its receipt cannot be printed.</source>
        <translation>本终端未配置小票打印机：款项已记录，但无法打印收据。</translation>
    </message>
    <message>
        <source>Card receipt %1</source>
        <translation>IC卡收据 %1</translation>
    </message>
    <message>
        <source>The receipt waits in the print queue: the printer says "%1".</source>
        <translation>收据在打印队列中等待：打印机提示“%1”。</translation>
    </message>
    <message>
        <source>The tap of card %1 is acknowledged.</source>
        <translation>卡 %1 的刷卡记录已确认。</translation>
    </message>
</context>
<context>
    <name>lobbydesk::CardRequestFlow</name>
    <message>
        <source>Free of charge.</source>
        <translation>免费。</translation>
    </message>
    <message>
        <source>card fee ¥%1</source>
        <translation>工本费 ¥%1</translation>
    </message>
    <message>
        <source>refundable deposit ¥%1</source>
        <translation>押金 ¥%1（可退）</translation>
    </message>
    <message>
        <source>Paid at the front desk: %1.</source>
        <translation>请到前台缴费：%1。</translation>
    </message>
    <message>
        <source>Tap your IC card on the reader.</source>
        <translation>请在读卡器上刷您的IC卡。</translation>
    </message>
    <message>
        <source>No tenant of unit %1 has this phone number in the building directory. Please check both, or ask at the front desk.</source>
        <translation>楼宇名录中 %1 单元没有使用此电话号码的租户。请核对单元号和电话号码，或到前台咨询。</translation>
    </message>
    <message>
        <source>Choose what you need.</source>
        <translation>请选择您要办理的业务。</translation>
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
        <source>IC-card request</source>
        <translation>IC卡业务申请</translation>
    </message>
    <message>
        <source>The receipt cannot be printed: please note your reference.</source>
        <translation>回执无法打印：请记下您的受理编号。</translation>
    </message>
    <message>
        <source>Card ending %1, blocked at %2</source>
        <translation>尾号 %1 的卡已于 %2 停用</translation>
    </message>
    <message>
        <source>Your card could not be blocked here: %1 Please go to the front desk.</source>
        <translation>无法在此停用您的卡：%1 请前往前台。</translation>
    </message>
    <message>
        <source>This kiosk has no printer: no slip, your card is blocked all the same.</source>
        <translation>本自助终端没有打印机：不出凭条，但您的卡已停用。</translation>
    </message>
    <message>
        <source>The printer is not working: no slip, your card is blocked all the same.</source>
        <translation>打印机故障：不出凭条，但您的卡已停用。</translation>
    </message>
    <message>
        <source>Card blocked</source>
        <translation>卡片已停用</translation>
    </message>
    <message>
        <source>The slip cannot be printed: your card is blocked all the same.</source>
        <translation>凭条无法打印，但您的卡已停用。</translation>
    </message>
</context>
<context>
    <name>lobbydesk::GoodsPassDesk</name>
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
    <name>lobbydesk::GoodsPassForm</name>
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
    <name>lobbydesk::KeyDesk</name>
    <message>
        <source>Card of %1 read.</source>
        <translation>已读取 %1 的卡。</translation>
    </message>
    <message>
        <source>Staff card of %1 read.</source>
        <translation>已读取 %1 的工作人员卡。</translation>
    </message>
    <message>
        <source>Write the due time like %1.</source>
        <translation>请按 %1 的格式填写应还时间。</translation>
    </message>
    <message>
        <source>The key was not signed out: see the fields marked in red.</source>
        <translation>钥匙未借出：请查看标为红色的字段。</translation>
    </message>
    <message>
        <source>Key %1 signed out to %2, due back %3.</source>
        <translation>钥匙 %1 已借给 %2，应于 %3 前归还。</translation>
    </message>
    <message>
        <source>Key %1 borrowed</source>
        <translation>钥匙 %1 借用</translation>
    </message>
    <message>
        <source>The key was not deposited: see the fields marked in red.</source>
        <translation>钥匙未留存：请查看标为红色的字段。</translation>
    </message>
    <message>
        <source>Key %1 of %2 is in the cabinet (slot %3).</source>
        <translation>%2 的钥匙 %1 已放入钥匙柜（%3 号位）。</translation>
    </message>
    <message>
        <source>Key %1 deposited</source>
        <translation>钥匙 %1 留存</translation>
    </message>
    <message>
        <source>The key was not added: see the fields marked in red.</source>
        <translation>钥匙未添加：请查看标为红色的字段。</translation>
    </message>
    <message>
        <source>Key %1 (%2) is in the cabinet.</source>
        <translation>钥匙 %1（%2）已放入钥匙柜。</translation>
    </message>
    <message>
        <source>Key %1 is back from %2, late.</source>
        <translation>钥匙 %1 已由 %2 归还（逾期）。</translation>
    </message>
    <message>
        <source>Key %1 is back from %2.</source>
        <translation>钥匙 %1 已由 %2 归还。</translation>
    </message>
    <message>
        <source>Resolved: the sign-out to %1 stands; the other is void.</source>
        <translation>已处理：借给 %1 的记录有效，另一条作废。</translation>
    </message>
    <message>
        <source>Tag %1 scanned: %2.</source>
        <translation>已扫描钥匙牌 %1：%2。</translation>
    </message>
    <message>
        <source>No key in the cabinet has tag %1.</source>
        <translation>钥匙柜中没有钥匙牌为 %1 的钥匙。</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) passed their due time: see Overdue.</source>
        <translation><numerusform>%n 把钥匙已超过应还时间：请查看“逾期”。</numerusform>
        </translation>
    </message>
    <message>
        <source>No receipt printer is set up at this terminal: nothing was printed.</source>
        <translation>本终端未设置小票打印机，未打印任何内容。</translation>
    </message>
    <message>
        <source>Not printed yet: the printer says "%1". The receipt waits in the print queue.</source>
        <translation>尚未打印：打印机提示“%1”。收据正在打印队列中等待。</translation>
    </message>
</context>
<context>
    <name>lobbydesk::MyKeys</name>
    <message>
        <source>In the cabinet</source>
        <translation>在钥匙柜中</translation>
    </message>
    <message>
        <source>Lent to %1 until %2</source>
        <translation>已借给 %1，至 %2 归还</translation>
    </message>
</context>
<context>
    <name>lobbydesk::PassCheck</name>
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
    <name>lobbydesk::SitePrinters</name>
    <message>
        <source>out of paper</source>
        <translation>缺纸</translation>
    </message>
    <message>
        <source>cover open</source>
        <translation>机盖打开</translation>
    </message>
    <message>
        <source>printer fault</source>
        <translation>打印机故障</translation>
    </message>
    <message>
        <source>printer offline</source>
        <translation>打印机脱机</translation>
    </message>
    <message>
        <source>printer not answering</source>
        <translation>打印机无响应</translation>
    </message>
    <message>
        <source>printer removed from the set-up</source>
        <translation>打印机已从配置中移除</translation>
    </message>
    <message>
        <source>paper running low</source>
        <translation>纸张即将用完</translation>
    </message>
    <message>
        <source>printer ready</source>
        <translation>打印机就绪</translation>
    </message>
    <message>
        <source>printer condition '%1'</source>
        <translation>打印机状态“%1”</translation>
    </message>
    <message>
        <source>%1: %2 since %3</source>
        <translation>%1：%3 起%2</translation>
    </message>
</context>
<context>
    <name>lobbydesk::StaffSession</name>
    <message>
        <source>Signed in: %1</source>
        <translation>已登录：%1</translation>
    </message>
    <message>
        <source>No staff sign-in set up: actions are recorded as %1</source>
        <translation>未设置工作人员登录：操作将记录为 %1</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>无人登录</translation>
    </message>
    <message>
        <source>This is a tenant's card. Staff sign in with their own staff card.</source>
        <translation>这是租户卡。工作人员请使用本人的工作人员卡登录。</translation>
    </message>
    <message>
        <source>This card is not a staff card of this building, or it is no longer valid.</source>
        <translation>此卡不是本楼的工作人员卡，或已失效。</translation>
    </message>
    <message>
        <source>The staff directory cannot be read on this terminal.</source>
        <translation>本终端无法读取工作人员名录。</translation>
    </message>
    <message>
        <source>Signing in could not be recorded: %1</source>
        <translation>无法记录登录：%1</translation>
    </message>
</context>
<context>
    <name>lobbydesk::TenantCard</name>
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
    <message>
        <source>Good evening, %1</source>
        <translation>%1，晚上好</translation>
    </message>
    <message>
        <source>Good morning, %1</source>
        <translation>%1，早上好</translation>
    </message>
    <message>
        <source>Good afternoon, %1</source>
        <translation>%1，下午好</translation>
    </message>
    <message>
        <source>This card was reported lost and is blocked. The front desk has been told; please see them.</source>
        <translation>此卡已挂失并停用。已通知前台，请前往前台。</translation>
    </message>
    <message>
        <source>This card was cancelled or replaced. Please use your new card, or ask at the front desk.</source>
        <translation>此卡已注销或已补办新卡。请使用您的新卡，或到前台咨询。</translation>
    </message>
    <message>
        <source>This temporary card has expired. Please return it to the front desk.</source>
        <translation>此临时卡已过期。请将其交还前台。</translation>
    </message>
    <message>
        <source>This is a temporary card for %1: the kiosk's tenant services need a tenant's own card.</source>
        <translation>这是 %1 的临时卡：自助机的租户业务须使用租户本人的卡办理。</translation>
    </message>
</context>
<context>
    <name>lobbydesk::TerminalApp</name>
    <message>
        <source>Still holds key %1 (%2), due %3: ask for it back.</source>
        <translation>仍持有钥匙 %1（%2），应于 %3 归还：请收回。</translation>
    </message>
</context>
<context>
    <name>lobbydesk::VisitDesk</name>
    <message>
        <source>%1 is let in.</source>
        <translation>已允许%1进入。</translation>
    </message>
    <message>
        <source>Visitor slip %1</source>
        <translation>访客单 %1</translation>
    </message>
    <message>
        <source>%1 is turned away.</source>
        <translation>已拒绝%1进入。</translation>
    </message>
    <message>
        <source>Only a visitor who was let in has a slip.</source>
        <translation>只有已获准进入的访客才有访客单。</translation>
    </message>
    <message>
        <source>Slip of %1 sent to the printer.</source>
        <translation>%1的访客单已发送至打印机。</translation>
    </message>
    <message>
        <source>Please correct the fields marked in red.</source>
        <translation>请更正标为红色的字段。</translation>
    </message>
    <message>
        <source>%1 matched the deny list: the visit is held. Decide below.</source>
        <translation>%1与黑名单匹配：本次来访已暂缓，请在下方作出决定。</translation>
    </message>
    <message>
        <source>%1 checked in (%2).</source>
        <translation>%1已登记（%2）。</translation>
    </message>
    <message>
        <source>Choose the days of the visit.</source>
        <translation>请选择来访日期。</translation>
    </message>
    <message>
        <source>Invitation for %1 made: the host can photograph the code.</source>
        <translation>已为%1创建邀请：被访人可拍下此码。</translation>
    </message>
    <message>
        <source>Invitation for %1</source>
        <translation>%1的邀请</translation>
    </message>
    <message>
        <source>Invitation for %1 cancelled.</source>
        <translation>%1的邀请已取消。</translation>
    </message>
    <message>
        <source>Added to the deny list: other terminals screen with it once synced.</source>
        <translation>已加入黑名单：其他终端同步后将据此筛查。</translation>
    </message>
    <message>
        <source>Entry lifted from the deny list.</source>
        <translation>已将该条目移出黑名单。</translation>
    </message>
    <message numerus="yes">
        <source>Roll call of %n visitor(s) on site sent to the printer.</source>
        <translation><numerusform>已将 %n 名在场访客的点名表发送至打印机。</numerusform>
        </translation>
    </message>
    <message>
        <source>Evacuation roll call</source>
        <translation>疏散点名</translation>
    </message>
    <message>
        <source>This invitation is no longer valid.</source>
        <translation>此邀请已失效。</translation>
    </message>
    <message>
        <source>No receipt printer is set up at this terminal: nothing was printed.</source>
        <translation>本终端未设置小票打印机，未打印任何内容。</translation>
    </message>
    <message>
        <source>Not printed yet: the printer says "%1". The slip waits in the print queue.</source>
        <translation>尚未打印：打印机提示“%1”。访客单正在打印队列中等待。</translation>
    </message>
    <message>
        <source>Closed at end of day</source>
        <translation>已于日终关闭</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>已签离</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>在场</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>等待审批</translation>
    </message>
    <message>
        <source>Held: see the visitor</source>
        <translation>已暂缓：请与访客沟通</translation>
    </message>
    <message>
        <source>Turned away</source>
        <translation>已拒绝进入</translation>
    </message>
    <message>
        <source>the entry is not on this terminal</source>
        <translation>该记录不在本终端上</translation>
    </message>
</context>
<context>
    <name>lobbydesk::VisitorCheckIn</name>
    <message>
        <source>Floor %1</source>
        <translation>%1楼</translation>
    </message>
    <message>
        <source>This terminal cannot check visitors in.</source>
        <translation>此终端无法办理访客登记。</translation>
    </message>
    <message>
        <source>Your check-in could not be recorded; please see the front desk.</source>
        <translation>无法记录您的登记，请前往前台。</translation>
    </message>
    <message>
        <source>Scan the QR code of your invitation, or type its code.</source>
        <translation>请扫描邀请二维码，或输入邀请码。</translation>
    </message>
    <message>
        <source>This kiosk has no slip printer.</source>
        <translation>此自助机未配备访客单打印机。</translation>
    </message>
    <message>
        <source>Visitor slip</source>
        <translation>访客单</translation>
    </message>
    <message>
        <source>The slip could not be printed.</source>
        <translation>访客单无法打印。</translation>
    </message>
    <message>
        <source>The printer is not responding.</source>
        <translation>打印机无响应。</translation>
    </message>
    <message>
        <source>The printer is out of paper.</source>
        <translation>打印机缺纸。</translation>
    </message>
    <message>
        <source>The printer needs attention.</source>
        <translation>打印机需要处理。</translation>
    </message>
</context>
<context>
    <name>lobbydesk::VisitorCheckOut</name>
    <message>
        <source>Scan the QR code on your visitor slip, or type the visit number printed under it.</source>
        <translation>请扫描访客单上的二维码，或输入其下方打印的访客编号。</translation>
    </message>
    <message>
        <source>Your check-out could not be recorded; please see the front desk.</source>
        <translation>无法记录您的签离，请前往前台。</translation>
    </message>
</context>
</TS>