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
    <name>GoodsPassCardStep</name>
    <message>
        <source>Hold your IC (access) card on the reader below the screen.</source>
        <translation>請將您的IC卡（門禁卡）放在螢幕下方的讀卡機上。</translation>
    </message>
    <message>
        <source>Tap Next to ask for a goods-release pass.</source>
        <translation>請點選「下一步」申請物品放行條。</translation>
    </message>
</context>
<context>
    <name>GoodsPassCarrierStep</name>
    <message>
        <source>Carrier's name</source>
        <translation>搬運人姓名</translation>
    </message>
    <message>
        <source>As on their ID</source>
        <translation>與證件一致</translation>
    </message>
    <message>
        <source>Carrier's mobile number</source>
        <translation>搬運人手機號碼</translation>
    </message>
    <message>
        <source>Last 4 characters of the carrier's ID card</source>
        <translation>搬運人證件號碼後 4 碼</translation>
    </message>
</context>
<context>
    <name>GoodsPassDesk</name>
    <message>
        <source>Pass %1 issued.</source>
        <translation>放行條 %1 已簽發。</translation>
    </message>
    <message>
        <source>Request rejected.</source>
        <translation>申請已駁回。</translation>
    </message>
    <message>
        <source>Pass %1 revoked: guard terminals refuse it once synced.</source>
        <translation>放行條 %1 已作廢：警衛終端同步後將拒絕放行。</translation>
    </message>
    <message>
        <source>Choose a pass first.</source>
        <translation>請先選擇一張放行條。</translation>
    </message>
    <message>
        <source>No receipt printer is set up at this terminal: the pass is recorded, but its slip cannot be printed here.</source>
        <translation>本終端未設定收據印表機：放行條已記錄，但無法在此列印。</translation>
    </message>
    <message>
        <source>Goods pass %1</source>
        <translation>物品放行條 %1</translation>
    </message>
    <message>
        <source>Goods pass request</source>
        <translation>物品放行申請</translation>
    </message>
    <message>
        <source>The slip waits in the print queue: the printer says "%1".</source>
        <translation>單據在列印佇列中等待：印表機顯示「%1」。</translation>
    </message>
    <message>
        <source>Slip sent to the printer.</source>
        <translation>單據已傳送到印表機。</translation>
    </message>
</context>
<context>
    <name>GoodsPassDone</name>
    <message>
        <source>Your reference</source>
        <translation>您的受理編號</translation>
    </message>
    <message>
        <source>Please take your receipt.</source>
        <translation>請取走您的回執。</translation>
    </message>
    <message>
        <source>This is not a pass yet. The front desk checks your request; collect the pass slip with its QR code there.</source>
        <translation>這還不是放行條。前台將審核您的申請，請到前台領取附二維碼的放行條。</translation>
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
        <translation>此人不在大樓名錄中。</translation>
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
        <translation>本終端無法記錄申請。</translation>
    </message>
    <message>
        <source>Item %1's quantity is not a number.</source>
        <translation>第 %1 項物品的數量不是有效數字。</translation>
    </message>
    <message>
        <source>The request could not be recorded: %1</source>
        <translation>無法記錄申請：%1</translation>
    </message>
    <message>
        <source>This terminal has no receipt printer: please note your reference.</source>
        <translation>本終端沒有收據印表機：請記下您的受理編號。</translation>
    </message>
    <message>
        <source>Goods pass request</source>
        <translation>物品放行申請</translation>
    </message>
    <message>
        <source>The receipt cannot be printed: please note your reference.</source>
        <translation>回執無法列印：請記下您的受理編號。</translation>
    </message>
    <message>
        <source>The printer is not responding. The request is recorded; please note your reference.</source>
        <translation>印表機沒有回應。申請已記錄，請記下您的受理編號。</translation>
    </message>
    <message>
        <source>The printer is out of paper. The request is recorded; the receipt prints when staff refill it. Please note your reference.</source>
        <translation>印表機缺紙。申請已記錄，工作人員補紙後將列印回執。請記下您的受理編號。</translation>
    </message>
    <message>
        <source>The printer needs attention. The request is recorded; please note your reference.</source>
        <translation>印表機需要人員處理。申請已記錄，請記下您的受理編號。</translation>
    </message>
</context>
<context>
    <name>GoodsPassItemsStep</name>
    <message>
        <source>What is it? (e.g. office chair)</source>
        <translation>物品名稱（如辦公椅）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>+ Add an item</source>
        <translation>+ 新增物品</translation>
    </message>
</context>
<context>
    <name>GoodsPassNewRequest</name>
    <message>
        <source>New goods pass request: who applies?</source>
        <translation>新增放行申請：申請人是誰？</translation>
    </message>
    <message>
        <source>Tap the applicant's IC card on the reader, or find them by name. The desk checks their ID.</source>
        <translation>請申請人在讀卡機上刷IC卡，或按姓名查找。前台須核對其證件。</translation>
    </message>
    <message>
        <source>Name, unit or pinyin initials</source>
        <translation>姓名、單位號或拼音首字母</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>%1 單位</translation>
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
        <translation>請說明事由</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>備註（選填）</translation>
    </message>
</context>
<context>
    <name>GoodsPassRequestFlow</name>
    <message>
        <source>Tap your IC card</source>
        <translation>請刷IC卡</translation>
    </message>
    <message>
        <source>Which unit do the goods leave from?</source>
        <translation>物品從哪個單位搬出？</translation>
    </message>
    <message>
        <source>What leaves the building?</source>
        <translation>哪些物品要帶出大樓？</translation>
    </message>
    <message>
        <source>Who carries the goods out?</source>
        <translation>由誰搬運物品出樓？</translation>
    </message>
    <message>
        <source>When, and by which vehicle?</source>
        <translation>何時搬出？用哪輛車？</translation>
    </message>
    <message>
        <source>Why do the goods leave?</source>
        <translation>為何搬出物品？</translation>
    </message>
    <message>
        <source>Check and send your request</source>
        <translation>核對並提交申請</translation>
    </message>
    <message>
        <source>Your request is recorded</source>
        <translation>您的申請已記錄</translation>
    </message>
    <message>
        <source>Goods-release pass · step %1 of %2</source>
        <translation>物品放行條 · 第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation>%1 單位</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ 上一步</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>提交申請</translation>
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
        <translation>申請人</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>搬運人</translation>
    </message>
    <message>
        <source>ID …%1</source>
        <translation>證件號碼 …%1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>車輛</translation>
    </message>
    <message>
        <source>Comes back</source>
        <translation>歸還</translation>
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
        <translation>大樓名錄中沒有 %1 單位。</translation>
    </message>
    <message>
        <source>The applicant is not in the building directory.</source>
        <translation>申請人不在大樓名錄中。</translation>
    </message>
    <message>
        <source>%1 is no longer in the building directory.</source>
        <translation>%1 已不在大樓名錄中。</translation>
    </message>
    <message>
        <source>%1 is not registered for unit %2.</source>
        <translation>%1 未登記在 %2 單位名下。</translation>
    </message>
    <message>
        <source>%1 owns unit %2.</source>
        <translation>%1 是 %2 單位的業主。</translation>
    </message>
    <message>
        <source>%1 is an authorised signatory of unit %2.</source>
        <translation>%1 是 %2 單位的授權簽署人。</translation>
    </message>
    <message>
        <source>%1 is the tenant of unit %2.</source>
        <translation>%1 是 %2 單位的租戶。</translation>
    </message>
    <message>
        <source>%1 may not take goods out of unit %2: only the owner, the tenant or an authorised signatory may.</source>
        <translation>%1 無權從 %2 單位帶出物品：僅業主、租戶或授權簽署人可以申請。</translation>
    </message>
    <message>
        <source>A tenant moving out needs the owner's consent: note how it was given.</source>
        <translation>租戶搬離須經業主同意：請註明業主以何種方式同意。</translation>
    </message>
    <message>
        <source>Unit %1's fees are in arrears (%2).</source>
        <translation>%1 單位拖欠管理費（%2）。</translation>
    </message>
    <message>
        <source>No arrears flag for unit %1.</source>
        <translation>%1 單位無欠費記錄。</translation>
    </message>
    <message>
        <source>The window ended on %1 while the request waited.</source>
        <translation>申請等待審批期間，有效期已於 %1 結束。</translation>
    </message>
    <message>
        <source>Valid %1 to %2.</source>
        <translation>有效期 %1 至 %2。</translation>
    </message>
    <message>
        <source>This terminal cannot sign passes until it is enrolled with the hub.</source>
        <translation>本終端登記到總部伺服器後才能簽發放行條。</translation>
    </message>
    <message>
        <source>Give the reason for rejecting (at most %1 characters).</source>
        <translation>請填寫駁回原因（最多 %1 個字）。</translation>
    </message>
    <message>
        <source>There is no such goods pass.</source>
        <translation>找不到該放行條。</translation>
    </message>
    <message>
        <source>Only an issued pass can be revoked.</source>
        <translation>只有已簽發的放行條才能作廢。</translation>
    </message>
    <message>
        <source>Pass %1 was already used at %2; it cannot be revoked.</source>
        <translation>放行條 %1 已於 %2 使用，無法作廢。</translation>
    </message>
    <message>
        <source>Give the reason for revoking (at most %1 characters).</source>
        <translation>請填寫作廢原因（最多 %1 個字）。</translation>
    </message>
    <message>
        <source>this terminal</source>
        <translation>本終端</translation>
    </message>
    <message>
        <source>This terminal knows no pass %1: scan its QR code instead.</source>
        <translation>本終端查無放行條 %1：請改為掃描其二維碼。</translation>
    </message>
    <message>
        <source>This code is not a LobbyDesk pass.</source>
        <translation>此碼不是 LobbyDesk 放行條。</translation>
    </message>
    <message>
        <source>The pass code is damaged or incomplete: scan it again or type the pass number.</source>
        <translation>放行條二維碼已損壞或不完整：請重新掃描或輸入放行條編號。</translation>
    </message>
    <message>
        <source>Signed by a terminal this site does not know: a pass of another building, or a forgery.</source>
        <translation>簽發終端不屬於本項目：可能是其他大樓的放行條，或為偽造。</translation>
    </message>
    <message>
        <source>Signed by %1, a terminal the site has revoked: do not accept it.</source>
        <translation>由已被本項目撤銷授權的終端 %1 簽發：請勿放行。</translation>
    </message>
    <message>
        <source>The signature does not match: the pass was altered or forged.</source>
        <translation>簽章不符：放行條已被竄改或偽造。</translation>
    </message>
    <message>
        <source>This is a LobbyDesk code, but not a goods pass.</source>
        <translation>這是 LobbyDesk 的二維碼，但不是物品放行條。</translation>
    </message>
    <message>
        <source>This pass is for another building.</source>
        <translation>此放行條屬於其他大樓。</translation>
    </message>
    <message>
        <source>Not valid yet: from %1.</source>
        <translation>尚未生效：%1 起有效。</translation>
    </message>
    <message>
        <source>Expired on %1.</source>
        <translation>已於 %1 過期。</translation>
    </message>
    <message>
        <source>Revoked by the desk on %1: %2.</source>
        <translation>前台已於 %1 作廢：%2。</translation>
    </message>
    <message>
        <source>Already used on %1 at %2 (guard %3).</source>
        <translation>已於 %1 在 %2 使用（警衛：%3）。</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未記錄</translation>
    </message>
    <message>
        <source>Valid, but this terminal has not synced for %1 hours: a revocation or a use elsewhere may not be known here.</source>
        <translation>有效，但本終端已 %1 小時未同步：可能無法得知該放行條已被作廢或已在他處使用。</translation>
    </message>
    <message>
        <source>Valid, but this terminal has never synced: a revocation or a use elsewhere may not be known here.</source>
        <translation>有效，但本終端從未同步：可能無法得知該放行條已被作廢或已在他處使用。</translation>
    </message>
    <message>
        <source>Valid pass.</source>
        <translation>放行條有效。</translation>
    </message>
    <message>
        <source>Tick off each item of the pass.</source>
        <translation>請逐項核對放行條上的物品。</translation>
    </message>
    <message>
        <source>Item %1: between 0 and %2 can leave.</source>
        <translation>第 %1 項：放行數量須在 0 到 %2 之間。</translation>
    </message>
    <message>
        <source>The note is at most %1 characters.</source>
        <translation>備註最多 %1 個字。</translation>
    </message>
    <message>
        <source>Not everything on the pass is leaving: note what stays or what differs.</source>
        <translation>並非全部物品放行：請備註留下或不符的物品。</translation>
    </message>
    <message>
        <source>There is no such goods pass request.</source>
        <translation>找不到該放行申請。</translation>
    </message>
    <message>
        <source>This request was already approved.</source>
        <translation>該申請已核准。</translation>
    </message>
    <message>
        <source>This request was already rejected.</source>
        <translation>該申請已被駁回。</translation>
    </message>
    <message>
        <source>This pass was already revoked.</source>
        <translation>該放行條已作廢。</translation>
    </message>
    <message>
        <source>Enter %1.</source>
        <translation>請輸入%1。</translation>
    </message>
    <message>
        <source>%1 is at most %2 characters.</source>
        <translation>%1最多 %2 個字。</translation>
    </message>
    <message>
        <source>Choose the unit the goods leave from.</source>
        <translation>請選擇物品搬出的單位。</translation>
    </message>
    <message>
        <source>Say who applies: tap their card or pick them.</source>
        <translation>請指定申請人：刷卡或從列表中選擇。</translation>
    </message>
    <message>
        <source>the carrier's name</source>
        <translation>搬運人姓名</translation>
    </message>
    <message>
        <source>Enter the carrier's mobile number.</source>
        <translation>請輸入搬運人手機號碼。</translation>
    </message>
    <message>
        <source>This is not a phone number: a mainland mobile has 11 digits, a Hong Kong or Macau number 8, a Taiwan mobile starts 09; others start with +.</source>
        <translation>這不是有效的電話號碼：大陸手機號碼為 11 位，香港或澳門號碼為 8 位，台灣手機號碼以 09 開頭；其他號碼請以 + 開頭。</translation>
    </message>
    <message>
        <source>Enter the last 4 characters of the carrier's ID: digits, the last may be X.</source>
        <translation>請輸入搬運人證件號碼後 4 碼：須為數字，最後一碼可為 X。</translation>
    </message>
    <message>
        <source>List at least one item.</source>
        <translation>請至少填寫一項物品。</translation>
    </message>
    <message>
        <source>A pass lists at most %1 items; this one has %2. Make a second pass for the rest.</source>
        <translation>一張放行條最多列 %1 項物品，本單有 %2 項。其餘物品請另開一張放行條。</translation>
    </message>
    <message>
        <source>Item %1 needs a name.</source>
        <translation>請填寫第 %1 項物品的名稱。</translation>
    </message>
    <message>
        <source>Item %1's name is at most %2 characters.</source>
        <translation>第 %1 項物品的名稱最多 %2 個字。</translation>
    </message>
    <message>
        <source>Item %1's quantity must be more than 0 and at most %2.</source>
        <translation>第 %1 項物品的數量須大於 0 且不超過 %2。</translation>
    </message>
    <message>
        <source>Item %1 is counted in whole numbers.</source>
        <translation>第 %1 項物品的數量須為整數。</translation>
    </message>
    <message>
        <source>Choose how item %1 is counted.</source>
        <translation>請選擇第 %1 項物品的計量單位。</translation>
    </message>
    <message>
        <source>Choose when the goods leave (from and until).</source>
        <translation>請選擇物品搬出的時間（開始與結束）。</translation>
    </message>
    <message>
        <source>The pass must end after it starts.</source>
        <translation>結束時間須晚於開始時間。</translation>
    </message>
    <message>
        <source>This window is already over.</source>
        <translation>該時段已經過去。</translation>
    </message>
    <message>
        <source>A pass is valid for at most %1 days.</source>
        <translation>放行條有效期最長 %1 天。</translation>
    </message>
    <message>
        <source>This is not a vehicle plate (for example 粤B12345, AB1234); leave it empty if the goods leave on foot.</source>
        <translation>這不是有效的車牌號碼（例如 粤B12345、AB1234）；如物品不用車輛運出，請留空。</translation>
    </message>
    <message>
        <source>Say when the goods come back.</source>
        <translation>請填寫物品歸還日期。</translation>
    </message>
    <message>
        <source>The return date must be after the goods leave and within a year.</source>
        <translation>歸還日期須晚於搬出時間，且在一年以內。</translation>
    </message>
    <message>
        <source>Choose why the goods leave.</source>
        <translation>請選擇放行事由。</translation>
    </message>
    <message>
        <source>Say why the goods leave.</source>
        <translation>請說明放行事由。</translation>
    </message>
</context>
<context>
    <name>GoodsPassWhenStep</name>
    <message>
        <source>When do the goods leave?</source>
        <translation>物品何時搬出？</translation>
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
        <translation>開始</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Vehicle plate (leave empty if the goods leave on foot)</source>
        <translation>車牌號碼（如物品不用車輛運出，請留空）</translation>
    </message>
    <message>
        <source>Do the goods come back?</source>
        <translation>物品是否會歸還？</translation>
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
        <translation>待審批</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已簽發</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已駁回</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已作廢</translation>
    </message>
    <message>
        <source>Applicant entitled</source>
        <translation>申請人資格</translation>
    </message>
    <message>
        <source>Owner's consent</source>
        <translation>業主同意</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>管理費</translation>
    </message>
    <message>
        <source>Validity window</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Used twice</source>
        <translation>重複使用</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待審批</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>異常</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Search by pass number, unit or plate</source>
        <translation>按放行條編號、單位號或車牌查找</translation>
    </message>
    <message>
        <source>Request from unit %1</source>
        <translation>%1 單位的申請</translation>
    </message>
    <message>
        <source>No pass matches this search.</source>
        <translation>沒有符合條件的放行條。</translation>
    </message>
    <message>
        <source>Nothing in this list.</source>
        <translation>暫無記錄。</translation>
    </message>
    <message>
        <source>Choose a request or a pass from the list.</source>
        <translation>請從列表中選擇申請或放行條。</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申請人</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>搬運人</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>車輛</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
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
        <translation>預計歸還</translation>
    </message>
    <message>
        <source>not returnable</source>
        <translation>不歸還</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>申請時間</translation>
    </message>
    <message>
        <source>%1 at the %2</source>
        <translation>%1，於%2</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>自助終端</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>審批</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未審批</translation>
    </message>
    <message>
        <source>Items (%1)</source>
        <translation>物品（%1 項）</translation>
    </message>
    <message>
        <source>Used %1 times: only one use is allowed. Check both records with the guards.</source>
        <translation>已使用 %1 次：每張放行條僅限使用一次。請與警衛核對這些記錄。</translation>
    </message>
    <message>
        <source>Released at the exit</source>
        <translation>已在出口放行</translation>
    </message>
    <message>
        <source>%1 at %2, guard %3</source>
        <translation>%1 於 %2，警衛：%3</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未記錄</translation>
    </message>
    <message>
        <source>partial release</source>
        <translation>部分放行</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>核查項</translation>
    </message>
    <message>
        <source>Why revoke it (required to revoke)</source>
        <translation>作廢原因（作廢時必填）</translation>
    </message>
    <message>
        <source>Owner's consent, or why you reject it</source>
        <translation>業主同意方式，或駁回原因</translation>
    </message>
    <message>
        <source>Approve and print</source>
        <translation>核准並列印</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>駁回</translation>
    </message>
    <message>
        <source>Reprint slip</source>
        <translation>重新列印放行條</translation>
    </message>
    <message>
        <source>Reprint receipt</source>
        <translation>重新列印回執</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>作廢</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>新增申請</translation>
    </message>
    <message>
        <source>Unit %1 · %2</source>
        <translation>%1 單位 · %2</translation>
    </message>
    <message>
        <source>items: %1</source>
        <translation>物品 %1 項</translation>
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
    <name>PassCheck</name>
    <message>
        <source>This terminal cannot check passes right now (%1): call the front desk.</source>
        <translation>本終端暫時無法查驗放行條（%1）：請聯絡前台。</translation>
    </message>
    <message>
        <source>Scan a pass first.</source>
        <translation>請先掃描放行條。</translation>
    </message>
    <message>
        <source>This release is already recorded.</source>
        <translation>本次放行已記錄。</translation>
    </message>
    <message>
        <source>Nothing is ticked: tick what leaves, or let nothing out and clear the pass.</source>
        <translation>未勾選任何物品：請勾選放行的物品；如一件都不放行，請取消本次查驗。</translation>
    </message>
</context>
<context>
    <name>PassFacts</name>
    <message>
        <source>Pass</source>
        <translation>放行條</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>車輛</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>簽發終端</translation>
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
        <translation><numerusform>物品清單尚未同步到本終端：請對照紙本放行條核對物品（共 %n 項）。</numerusform>
        </translation>
    </message>
    <message>
        <source>All leave</source>
        <translation>全部放行</translation>
    </message>
    <message>
        <source>Note (any difference)</source>
        <translation>備註（如有不符）</translation>
    </message>
    <message>
        <source>Note: what stays, what differs</source>
        <translation>備註：留下的物品、不符之處</translation>
    </message>
    <message>
        <source>Confirm release</source>
        <translation>確認放行</translation>
    </message>
</context>
<context>
    <name>PassRefusedCard</name>
    <message>
        <source>Do not let the goods out. Send the carrier to the front desk.</source>
        <translation>不得放行物品。請搬運人到前台處理。</translation>
    </message>
    <message>
        <source>Used %1 at %2 by %3</source>
        <translation>已於 %1 在 %2 使用（警衛：%3）</translation>
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
        <translation>查驗其他放行條</translation>
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
        <translation>放行條 %1 已使用：物品可以放行。</translation>
    </message>
    <message>
        <source>Check the next pass</source>
        <translation>查驗下一張放行條</translation>
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
        <translation>請核實</translation>
    </message>
    <message>
        <source>NOT VALID</source>
        <translation>無效</translation>
    </message>
</context>
<context>
    <name>PassWaitingPanel</name>
    <message>
        <source>Scan the pass QR code, or type its number</source>
        <translation>掃描放行條二維碼，或輸入編號</translation>
    </message>
    <message>
        <source>Pass number, e.g. GP-20261122-0007</source>
        <translation>放行條編號，如 GP-20261122-0007</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>查驗</translation>
    </message>
    <message>
        <source>The verdict works offline: the pass's signature is checked on this terminal.</source>
        <translation>離線也能查驗：放行條的簽章在本終端上驗證。</translation>
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
    <name>SlipText</name>
    <message>
        <source>Moving out</source>
        <translation>搬離</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>維修</translation>
    </message>
    <message>
        <source>Disposal</source>
        <translation>報廢</translation>
    </message>
    <message>
        <source>Return to supplier</source>
        <translation>退回供應商</translation>
    </message>
    <message>
        <source>Relocation within the company</source>
        <translation>公司內部調撥</translation>
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
        <translation>棧板</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>公斤</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申請人</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>搬運人</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>車輛</translation>
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
        <translation>預計歸還</translation>
    </message>
    <message>
        <source>Items (%1)</source>
        <translation>物品（%1 項）</translation>
    </message>
    <message>
        <source>Goods pass request</source>
        <translation>物品放行申請</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理時間</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>受理編號</translation>
    </message>
    <message>
        <source>This is not a pass. The front desk checks the request; the pass slip with its QR code is collected there.</source>
        <translation>本單不是放行條。前台審核申請後，請到前台領取附二維碼的放行條。</translation>
    </message>
    <message>
        <source>Goods release pass</source>
        <translation>物品放行條</translation>
    </message>
    <message>
        <source>Show this slip at the exit. Valid once.</source>
        <translation>請在出口出示本放行條，限用一次。</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>核准</translation>
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
    <name>TenantCard</name>
    <message>
        <source>Hello, %1</source>
        <translation>%1，您好</translation>
    </message>
    <message>
        <source>This is a staff card. Please tap the tenant's own card, or use the front desk terminal.</source>
        <translation>這是工作人員卡。請刷租戶本人的卡，或到前台終端辦理。</translation>
    </message>
    <message>
        <source>This card is not registered to a tenant of this building, or it is no longer valid. Please ask at the front desk.</source>
        <translation>此卡未登記在本大樓租戶名下，或已失效。請到前台諮詢。</translation>
    </message>
    <message>
        <source>The building directory cannot be read on this terminal; please ask at the front desk.</source>
        <translation>本終端無法讀取大樓名錄，請到前台諮詢。</translation>
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