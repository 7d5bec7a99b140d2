<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_TW">
<context>
    <name>CardApproval</name>
    <message>
        <source>Unit %1 · requested %2 at the %3 · reference %4</source>
        <translation>%1 單位 · %2 於%3申請 · 受理編號 %4</translation>
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
        <source>Applied for by %1 on the tenant's behalf. Authorisation letter: %2</source>
        <translation>由 %1 代租戶申請。授權書：%2</translation>
    </message>
    <message>
        <source>Temporary card, valid until %1</source>
        <translation>臨時卡，有效期至 %1</translation>
    </message>
    <message>
        <source>Applicant's ID and the authorisation letter checked</source>
        <translation>已核對申請人證件及授權書</translation>
    </message>
    <message>
        <source>Applicant's proof of identity checked</source>
        <translation>已核對申請人身份證明</translation>
    </message>
    <message>
        <source>Card fee (¥)</source>
        <translation>工本費（¥）</translation>
    </message>
    <message>
        <source>Deposit (¥)</source>
        <translation>按金（¥）</translation>
    </message>
    <message>
        <source>Note, or the reason for a rejection</source>
        <translation>備註或駁回原因</translation>
    </message>
    <message>
        <source>Confirm and block</source>
        <translation>確認掛失並停用</translation>
    </message>
    <message>
        <source>Confirm and cancel</source>
        <translation>確認註銷</translation>
    </message>
    <message>
        <source>Approve and take payment</source>
        <translation>核准並收費</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>駁回</translation>
    </message>
</context>
<context>
    <name>CardBlockedStep</name>
    <message>
        <source>It is refused at this kiosk now, and at every terminal of the building after their next sync. A blocked card stays blocked, even if you find it again.</source>
        <translation>本自助終端已即時拒絕該卡，大樓其他終端於下次同步後亦將拒絕。卡片一經停用，即使尋回亦不會恢復。</translation>
    </message>
    <message>
        <source>Request a replacement card</source>
        <translation>申請補辦新卡</translation>
    </message>
</context>
<context>
    <name>CardIdentifyStep</name>
    <message>
        <source>Unit number</source>
        <translation>單位號</translation>
    </message>
    <message>
        <source>Your mobile number, as the management office has it</source>
        <translation>您在管理處登記的手機號碼</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>下一步 ›</translation>
    </message>
    <message>
        <source>If you have set a card PIN, you type it next and your lost card is blocked at once. Without a PIN the kiosk cannot be sure it is you: your request goes to the front desk, which confirms it with you, and a lost card is blocked once the desk confirms; to block it at once, go to the front desk.</source>
        <translation>如您已設定卡片密碼，下一步輸入密碼即可即時停用遺失的卡。未設定密碼時，自助終端無法確認是您本人：您的申請將轉交前台，由前台與您核實，掛失的卡於前台確認後停用；如需即時停用，請前往前台。</translation>
    </message>
</context>
<context>
    <name>CardIssueSection</name>
    <message>
        <source>Choose whom to issue a card to.</source>
        <translation>請選擇要發卡的對象。</translation>
    </message>
    <message>
        <source>No approved request waits for its card.</source>
        <translation>暫無已核准、待發卡的申請。</translation>
    </message>
    <message>
        <source>Tap the new card for %1 (unit %2) on the desk reader.</source>
        <translation>請將 %1（%2 單位）的新卡放在前台讀卡機上。</translation>
    </message>
    <message>
        <source>Wait for the card</source>
        <translation>等待讀卡</translation>
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
        <translation>%1 單位</translation>
    </message>
</context>
<context>
    <name>CardLostPinStep</name>
    <message>
        <source>%1, type your card PIN: your card is blocked at once, here and then on every terminal of the building.</source>
        <translation>%1，請輸入您的卡片密碼：卡片將即時在此停用，隨後在大樓所有終端停用。</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>I don't know my PIN: ask the front desk</source>
        <translation>忘記密碼：請前台協助</translation>
    </message>
</context>
<context>
    <name>CardLostSection</name>
    <message>
        <source>Report a card lost</source>
        <translation>掛失卡片</translation>
    </message>
    <message>
        <source>Unit of the card holder</source>
        <translation>持卡人所在單位</translation>
    </message>
    <message>
        <source>no active card</source>
        <translation>無有效卡</translation>
    </message>
    <message>
        <source>Block now</source>
        <translation>立即停用</translation>
    </message>
    <message>
        <source>Blocked cards tapped</source>
        <translation>已停用卡的刷卡記錄</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>無。</translation>
    </message>
    <message>
        <source>Blocked cards</source>
        <translation>已停用的卡</translation>
    </message>
    <message>
        <source>%1 · %2, unit %3 · since %4</source>
        <translation>%1 · %2，%3 單位 · %4 起</translation>
    </message>
    <message>
        <source>Blocked cards tapped: %1 to acknowledge</source>
        <translation>已停用卡的刷卡記錄：%1 筆待確認</translation>
    </message>
</context>
<context>
    <name>CardNewRequest</name>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Someone else applies on the tenant's behalf</source>
        <translation>由他人代租戶申請</translation>
    </message>
    <message>
        <source>Applicant's name</source>
        <translation>申請人姓名</translation>
    </message>
    <message>
        <source>Authorisation letter (what it says, who signed it)</source>
        <translation>授權書（內容及簽署人）</translation>
    </message>
    <message>
        <source>Who carries the temporary card</source>
        <translation>臨時卡持卡人</translation>
    </message>
    <message>
        <source>Valid for (days)</source>
        <translation>有效天數</translation>
    </message>
    <message>
        <source>Record request</source>
        <translation>登記申請</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Tenant's language (for their receipts)</source>
        <translation>租戶語言（用於收據）</translation>
    </message>
</context>
<context>
    <name>CardPaymentsSection</name>
    <message>
        <source>Total today: %1</source>
        <translation>今日合計：%1</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>重新列印</translation>
    </message>
    <message>
        <source>No payment today.</source>
        <translation>今日暫無收款。</translation>
    </message>
</context>
<context>
    <name>CardPinScreen</name>
    <message>
        <source>Tap your IC card</source>
        <translation>請刷IC卡</translation>
    </message>
    <message>
        <source>Choose a new card PIN</source>
        <translation>設定新的卡片密碼</translation>
    </message>
    <message>
        <source>Choose your card PIN</source>
        <translation>設定您的卡片密碼</translation>
    </message>
    <message>
        <source>Type the same PIN again</source>
        <translation>請再次輸入相同密碼</translation>
    </message>
    <message>
        <source>Your card PIN is set</source>
        <translation>卡片密碼已設定</translation>
    </message>
    <message>
        <source>%1, choose 4 to %2 digits that only you know: not 1111 or 1234, not your birthday or phone number.</source>
        <translation>%1，請設定只有您知道的 4 至 %2 位數字：不要用 1111 或 1234，亦不要用生日或電話號碼。</translation>
    </message>
    <message>
        <source>Once more, to be sure it is the PIN you meant.</source>
        <translation>請再輸入一次，以確認密碼無誤。</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>下一步 ›</translation>
    </message>
    <message>
        <source>Save PIN</source>
        <translation>儲存密碼</translation>
    </message>
    <message>
        <source>If you lose your card, choose "IC card services" here, then "I lost my card": your unit, your mobile number and this PIN block the card at once. Nobody at the desk can see your PIN; if you forget it, set a new one with your card.</source>
        <translation>如卡片遺失，請在此選擇「IC卡業務」，再選擇「我的卡遺失了」：憑單位號、手機號碼及此密碼即可即時停用該卡。前台人員無法看到您的密碼；如忘記密碼，請用卡重新設定。</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>‹ Start again</source>
        <translation>‹ 重新開始</translation>
    </message>
</context>
<context>
    <name>CardRequestRow</name>
    <message>
        <source>Unit %1 · %2 · %3</source>
        <translation>%1 單位 · %2 · %3</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>自助終端</translation>
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
        <translation>請刷IC卡</translation>
    </message>
    <message>
        <source>Your unit and phone number</source>
        <translation>您的單位及電話號碼</translation>
    </message>
    <message>
        <source>What do you need?</source>
        <translation>請問您要辦理什麼業務？</translation>
    </message>
    <message>
        <source>Who carries the temporary card?</source>
        <translation>臨時卡由誰持有？</translation>
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
        <source>Finish</source>
        <translation>完成</translation>
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
    <message>
        <source>Your card PIN</source>
        <translation>您的卡片密碼</translation>
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
        <translation>辦理對象：%1，%2 單位</translation>
    </message>
    <message>
        <source>Valid for %1 days</source>
        <translation>有效期 %1 天</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>受理編號：%1</translation>
    </message>
    <message>
        <source>The front desk confirms your report with you and then blocks the card on every terminal. Please go to the front desk with your ID.</source>
        <translation>前台將與您核實掛失申請，隨後在所有終端停用該卡。請攜帶證件前往前台。</translation>
    </message>
    <message>
        <source>Please go to the front desk with your ID: the desk checks it, takes any fee and hands out the card.</source>
        <translation>請攜帶證件前往前台：前台核對證件、收取相關費用後發卡。</translation>
    </message>
    <message>
        <source>Nothing is charged here: fees are paid at the front desk.</source>
        <translation>此處不收取任何費用：費用請於前台繳納。</translation>
    </message>
</context>
<context>
    <name>CardRequestsSection</name>
    <message>
        <source>New request</source>
        <translation>新增申請</translation>
    </message>
    <message>
        <source>No request waits for the desk.</source>
        <translation>暫無待前台處理的申請。</translation>
    </message>
</context>
<context>
    <name>CardSlipText</name>
    <message>
        <source>New card</source>
        <translation>新辦卡</translation>
    </message>
    <message>
        <source>Replacement (lost card)</source>
        <translation>補辦（卡片遺失）</translation>
    </message>
    <message>
        <source>Replacement (damaged card)</source>
        <translation>補辦（卡片損壞）</translation>
    </message>
    <message>
        <source>Report lost</source>
        <translation>掛失</translation>
    </message>
    <message>
        <source>Cancel card (move-out)</source>
        <translation>註銷（搬離）</translation>
    </message>
    <message>
        <source>Temporary card</source>
        <translation>臨時卡</translation>
    </message>
    <message>
        <source>Card fee</source>
        <translation>工本費</translation>
    </message>
    <message>
        <source>Card deposit</source>
        <translation>卡片按金</translation>
    </message>
    <message>
        <source>Deposit refund</source>
        <translation>退還按金</translation>
    </message>
    <message>
        <source>Refund receipt</source>
        <translation>退款收據</translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation>收款收據</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>For</source>
        <translation>辦理業務</translation>
    </message>
    <message>
        <source>Card holder</source>
        <translation>持卡人</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡號</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>經辦人</translation>
    </message>
    <message>
        <source>Keep this receipt: a deposit is refunded against it.</source>
        <translation>請保留本收據：退還按金時須憑此收據。</translation>
    </message>
    <message>
        <source>IC-card request</source>
        <translation>IC卡業務申請</translation>
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
        <source>Bring your ID to the front desk: the desk checks it, takes the fee and hands out the card.</source>
        <translation>請攜帶證件前往前台：前台核對證件、收取費用後發卡。</translation>
    </message>
    <message>
        <source>Card blocked</source>
        <translation>卡片已停用</translation>
    </message>
    <message>
        <source>Blocked at</source>
        <translation>停用時間</translation>
    </message>
    <message>
        <source>Card ending</source>
        <translation>卡號尾數</translation>
    </message>
    <message>
        <source>Reported lost at the kiosk with your PIN. The card is refused here now, and at every terminal of the building after their next sync. A new card is issued at the front desk.</source>
        <translation>已憑您的密碼在自助終端掛失。該卡在此已即時停用，大樓其他終端於下次同步後亦將停用。新卡請到前台辦理。</translation>
    </message>
</context>
<context>
    <name>CardTapRow</name>
    <message>
        <source>%1 (%2) at %3, %4</source>
        <translation>%1（%2）於 %3，%4</translation>
    </message>
    <message>
        <source>Acknowledged by %1 at %2: %3</source>
        <translation>%1 於 %2 已確認：%3</translation>
    </message>
    <message>
        <source>Acknowledged by %1 at %2</source>
        <translation>%1 於 %2 已確認</translation>
    </message>
    <message>
        <source>What you did (optional): called the holder, card retained…</source>
        <translation>處理情況（可選）：已致電持卡人、已扣留卡片…</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>確認</translation>
    </message>
</context>
<context>
    <name>CardTapStep</name>
    <message>
        <source>Hold your IC (access) card on the reader below the screen.</source>
        <translation>請將您的IC卡（門禁卡）放在螢幕下方的讀卡機上。</translation>
    </message>
    <message>
        <source>I lost my card, or I have none</source>
        <translation>我的卡遺失了，或我沒有卡</translation>
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
        <translation>有效天數（最多 %1 天）</translation>
    </message>
</context>
<context>
    <name>CardText</name>
    <message>
        <source>Choose the tenant the card is for.</source>
        <translation>請選擇辦卡的租戶。</translation>
    </message>
    <message>
        <source>This person is not in the building directory.</source>
        <translation>此人不在大樓名錄中。</translation>
    </message>
    <message>
        <source>%1 is not listed at unit %2.</source>
        <translation>%1 未登記在 %2 單位名下。</translation>
    </message>
    <message>
        <source>A name is at most %1 characters.</source>
        <translation>姓名最多 %1 個字元。</translation>
    </message>
    <message>
        <source>Enter the name of the person applying on the tenant's behalf.</source>
        <translation>請輸入代租戶申請的人員姓名。</translation>
    </message>
    <message>
        <source>Someone applying on a tenant's behalf needs an authorisation letter: note it here.</source>
        <translation>代租戶申請須有授權書：請在此註明。</translation>
    </message>
    <message>
        <source>The note is at most %1 characters.</source>
        <translation>備註最多 %1 個字元。</translation>
    </message>
    <message>
        <source>Enter the name of the person who will carry the temporary card.</source>
        <translation>請輸入臨時卡持卡人的姓名。</translation>
    </message>
    <message>
        <source>Choose the last day the temporary card is valid, from today.</source>
        <translation>請選擇臨時卡的有效截止日（從今天起）。</translation>
    </message>
    <message>
        <source>A temporary card is valid for at most %1 days.</source>
        <translation>臨時卡有效期最長為 %1 天。</translation>
    </message>
    <message>
        <source>%1 has no active card to report or cancel.</source>
        <translation>%1 沒有可掛失或註銷的有效卡。</translation>
    </message>
    <message>
        <source>There is no such card request.</source>
        <translation>找不到該辦卡申請。</translation>
    </message>
    <message>
        <source>This request was already decided (%1).</source>
        <translation>該申請已處理（%1）。</translation>
    </message>
    <message>
        <source>Check the applicant's proof of identity before approving.</source>
        <translation>核准前請核對申請人的身份證明。</translation>
    </message>
    <message>
        <source>A proxy applicant needs an authorisation letter.</source>
        <translation>代辦申請人須提供授權書。</translation>
    </message>
    <message>
        <source>The %1 "%2" is not an amount in yuan: type it like 20 or 20.00.</source>
        <translation>%1「%2」不是有效的金額（元）：請以 20 或 20.00 的格式輸入。</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>工本費</translation>
    </message>
    <message>
        <source>deposit</source>
        <translation>按金</translation>
    </message>
    <message>
        <source>Reporting a card lost or cancelling it is free: leave the fee empty.</source>
        <translation>掛失或註銷不收費：請將工本費留空。</translation>
    </message>
    <message>
        <source>reported lost</source>
        <translation>已掛失</translation>
    </message>
    <message>
        <source>cancelled on move-out</source>
        <translation>已因搬離註銷</translation>
    </message>
    <message>
        <source>Say why the request is rejected.</source>
        <translation>請說明駁回原因。</translation>
    </message>
    <message>
        <source>The reason is at most %1 characters.</source>
        <translation>原因最多 %1 個字。</translation>
    </message>
    <message>
        <source>This request does not issue a card.</source>
        <translation>此申請不涉及發卡。</translation>
    </message>
    <message>
        <source>Approve the request before issuing the card.</source>
        <translation>請先核准申請，再發卡。</translation>
    </message>
    <message>
        <source>This request is %1: no card to issue.</source>
        <translation>此申請狀態為 %1：無卡可發。</translation>
    </message>
    <message>
        <source>"%1" is not a card number the reader gives: tap the card again.</source>
        <translation>「%1」不是讀卡機讀出的卡號：請重新刷卡。</translation>
    </message>
    <message>
        <source>Card %1 was reported lost on %2 (%3's card) and stays blocked: take another card.</source>
        <translation>卡 %1 已於 %2 掛失（原為 %3 的卡），仍處於停用狀態：請換一張卡。</translation>
    </message>
    <message>
        <source>Card %1 is already %2's active card: take a new card.</source>
        <translation>卡 %1 已是 %2 的有效卡：請換一張新卡。</translation>
    </message>
    <message>
        <source>Card %1 is already bound to %2 (unit %3): take another card.</source>
        <translation>卡 %1 已綁定給 %2（%3 單位）：請換一張卡。</translation>
    </message>
    <message>
        <source>Card %1 is a staff card: take another card.</source>
        <translation>卡 %1 是工作人員卡：請換一張卡。</translation>
    </message>
    <message>
        <source>reported lost at the desk</source>
        <translation>已在前台掛失</translation>
    </message>
    <message>
        <source>Card %1 of %2 is blocked: tell the access-control operator if the door system is not fed by the export.</source>
        <translation>%2 的卡 %1 已停用：如門禁系統未接入匯出資料，請通知門禁管理員。</translation>
    </message>
    <message>
        <source>There is no such blocked-card tap.</source>
        <translation>沒有這筆已停用卡的刷卡記錄。</translation>
    </message>
    <message>
        <source>This tap of card %1 was already acknowledged by %2 on %3.</source>
        <translation>卡 %1 的這次刷卡已由 %2 於 %3 確認。</translation>
    </message>
    <message>
        <source>reported lost at the kiosk with the tenant's PIN</source>
        <translation>租戶憑密碼在自助終端掛失</translation>
    </message>
</context>
<context>
    <name>CardsScreen</name>
    <message>
        <source>Requests to approve</source>
        <translation>待審批申請</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>發卡</translation>
    </message>
    <message>
        <source>Lost &amp; blocked</source>
        <translation>掛失停用</translation>
    </message>
    <message>
        <source>Payments today</source>
        <translation>今日收款</translation>
    </message>
    <message>
        <source>%1 to approve · %2 to issue · %3 blocked-card taps to acknowledge · today %4</source>
        <translation>%1 筆待審批 · %2 張待發卡 · %3 筆停用卡刷卡待確認 · 今日 %4</translation>
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
        <translation>備註最多 %1 個字元。</translation>
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
        <translation>這不是有效的電話號碼：內地手機號碼為 11 位，香港或澳門號碼為 8 位，台灣手機號碼以 09 開頭；其他號碼請以 + 開頭。</translation>
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
        <translation>等待批准</translation>
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
        <translation>今天</translation>
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
        <translation>此清單沒有項目。</translation>
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
        <translation>處理</translation>
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
        <translation>%1樓</translation>
    </message>
</context>
<context>
    <name>InvitationScreen</name>
    <message>
        <source>Scan the QR code you received</source>
        <translation>請掃描您收到的QR碼</translation>
    </message>
    <message>
        <source>Hold the invitation's QR code, on your phone or on paper, under the scanner below this screen.</source>
        <translation>請將邀請QR碼（手機或紙本均可）對準螢幕下方的掃描器。</translation>
    </message>
    <message>
        <source>Cannot scan it? Type the 8-character code printed under the QR code.</source>
        <translation>無法掃描？請輸入印在QR碼下方的 8 位代碼。</translation>
    </message>
    <message>
        <source>Invitation code</source>
        <translation>邀請碼</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>登記</translation>
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
        <translation>請借用人在讀卡機上刷卡，或核對其證件後從下方選擇：</translation>
    </message>
    <message>
        <source>Tenant's name or unit</source>
        <translation>租戶姓名或單位號</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>職員</translation>
    </message>
    <message>
        <source>Contractors on site</source>
        <translation>在場承辦商</translation>
    </message>
</context>
<context>
    <name>KeyCabinet</name>
    <message>
        <source>Search by tag, what it opens, slot or owner</source>
        <translation>按鑰匙牌號、開啟位置、格位或業主搜尋</translation>
    </message>
    <message>
        <source>slot %1</source>
        <translation>格位 %1</translation>
    </message>
    <message>
        <source>out to %1, due %2</source>
        <translation>已借予 %1，%2 前歸還</translation>
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
        <translation>在櫃</translation>
    </message>
    <message>
        <source>No key matches this search.</source>
        <translation>沒有符合條件的鑰匙。</translation>
    </message>
    <message>
        <source>The cabinet is empty: deposit a spare or add a key.</source>
        <translation>鑰匙櫃目前是空的：請留存業主備用鑰匙或新增鑰匙。</translation>
    </message>
    <message>
        <source>Tap a key to see its history.</source>
        <translation>點按鑰匙可查看其借用記錄。</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>鑰匙 %1</translation>
    </message>
    <message>
        <source>Owner %1 (unit %2). May also borrow it: %3</source>
        <translation>業主 %1（%2 單位）。其他可借用人：%3</translation>
    </message>
    <message>
        <source>nobody else</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Never lent.</source>
        <translation>從未借出。</translation>
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
        <translation>以下鑰匙在兩個離線的前台被重複借出。請核實鑰匙實際在誰手上，然後保留該筆借出記錄。</translation>
    </message>
    <message>
        <source>out %1 at %2 by %3 · due %4</source>
        <translation>%1 於 %2 借出，經辦人：%3 · 應還 %4</translation>
    </message>
    <message>
        <source>This one has the key</source>
        <translation>鑰匙在此人手上</translation>
    </message>
    <message>
        <source>No conflicting sign-outs.</source>
        <translation>沒有衝突的借出記錄。</translation>
    </message>
</context>
<context>
    <name>KeyDepositForm</name>
    <message>
        <source>Owner: %1</source>
        <translation>業主：%1</translation>
    </message>
    <message>
        <source>The owner taps their card, or find them after checking their ID:</source>
        <translation>請業主刷卡，或核對其證件後查找：</translation>
    </message>
    <message>
        <source>Owner's name or unit</source>
        <translation>業主姓名或單位號</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <source>Who else may borrow it (the owner always may):</source>
        <translation>其他可借用人（業主本人一律可借用）：</translation>
    </message>
    <message>
        <source>Add a person: name or unit</source>
        <translation>新增人員：姓名或單位號</translation>
    </message>
    <message>
        <source>Receipt language</source>
        <translation>收據語言</translation>
    </message>
    <message>
        <source>Tag number (never the unit number)</source>
        <translation>鑰匙牌號（切勿使用單位號）</translation>
    </message>
    <message>
        <source>Tag barcode (empty: the number)</source>
        <translation>鑰匙牌條碼（留空則使用牌號）</translation>
    </message>
    <message>
        <source>What it is (e.g. front door, 2 keys)</source>
        <translation>鑰匙說明（如：大門，2 把）</translation>
    </message>
    <message>
        <source>Slot in the cabinet</source>
        <translation>鑰匙櫃格位</translation>
    </message>
    <message>
        <source>Deposit and print the receipt</source>
        <translation>留存並列印收據</translation>
    </message>
</context>
<context>
    <name>KeyHistory</name>
    <message>
        <source>Borrower's name or key tag</source>
        <translation>借用人姓名或鑰匙牌號</translation>
    </message>
    <message>
        <source>No loan matches.</source>
        <translation>沒有符合條件的借用記錄。</translation>
    </message>
    <message>
        <source>No key has been lent yet.</source>
        <translation>尚無鑰匙借出記錄。</translation>
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
        <translation>歸還 %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>應還 %1</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>已作廢</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>衝突</translation>
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
        <translation>歸還</translation>
    </message>
    <message>
        <source>Returned, damaged</source>
        <translation>已歸還，有損壞</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已歸還</translation>
    </message>
</context>
<context>
    <name>KeyRegisterForm</name>
    <message>
        <source>Type of key</source>
        <translation>鑰匙類型</translation>
    </message>
    <message>
        <source>Common area</source>
        <translation>公共區域</translation>
    </message>
    <message>
        <source>Plant room</source>
        <translation>機房</translation>
    </message>
    <message>
        <source>Master key</source>
        <translation>萬能鑰匙</translation>
    </message>
    <message>
        <source>Tag number</source>
        <translation>鑰匙牌號</translation>
    </message>
    <message>
        <source>Tag barcode (empty: the number)</source>
        <translation>鑰匙牌條碼（留空則使用牌號）</translation>
    </message>
    <message>
        <source>What it opens</source>
        <translation>開啟位置</translation>
    </message>
    <message>
        <source>Slot in the cabinet</source>
        <translation>鑰匙櫃格位</translation>
    </message>
    <message>
        <source>Add to the cabinet</source>
        <translation>新增至鑰匙櫃</translation>
    </message>
</context>
<context>
    <name>KeyReturnForm</name>
    <message>
        <source>Scan the key's tag, or type its number.</source>
        <translation>請掃描鑰匙牌，或輸入牌號。</translation>
    </message>
    <message>
        <source>Tag number</source>
        <translation>鑰匙牌號</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>鑰匙狀況</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>完好</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>損壞</translation>
    </message>
    <message>
        <source>What is damaged</source>
        <translation>損壞情況</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>備註（選填）</translation>
    </message>
    <message>
        <source>Take the key back</source>
        <translation>確認歸還</translation>
    </message>
</context>
<context>
    <name>KeySectionBar</name>
    <message>
        <source>Keys in cabinet</source>
        <translation>在櫃鑰匙</translation>
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
        <translation>衝突</translation>
    </message>
    <message>
        <source>History</source>
        <translation>借用記錄</translation>
    </message>
    <message>
        <source>Deposit a spare</source>
        <translation>留存備用鑰匙</translation>
    </message>
    <message>
        <source>Add a key</source>
        <translation>新增鑰匙</translation>
    </message>
    <message>
        <source>Return a key</source>
        <translation>歸還鑰匙</translation>
    </message>
</context>
<context>
    <name>KeySignOutForm</name>
    <message>
        <source>Choose a key in the cabinet first.</source>
        <translation>請先在鑰匙櫃中選擇一把鑰匙。</translation>
    </message>
    <message>
        <source>Sign out key %1 · %2 · %3</source>
        <translation>借出鑰匙 %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Receipt language</source>
        <translation>收據語言</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Work to be done (work order or task) — required</source>
        <translation>工作內容（工單或任務）— 必填</translation>
    </message>
    <message>
        <source>Work to be done (optional)</source>
        <translation>工作內容（選填）</translation>
    </message>
    <message>
        <source>Due back (yyyy-MM-dd HH:mm; empty: the usual time for this key)</source>
        <translation>應還時間（yyyy-MM-dd HH:mm；留空則按此鑰匙的一般借用時長）</translation>
    </message>
    <message>
        <source>2 hours</source>
        <translation>2 小時</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 小時</translation>
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
        <translation>萬能鑰匙：須由另一名職員確認</translation>
    </message>
    <message>
        <source>Their PIN</source>
        <translation>確認人的 PIN 碼</translation>
    </message>
    <message>
        <source>Sign out and print the receipt</source>
        <translation>借出並列印收據</translation>
    </message>
</context>
<context>
    <name>KeySlip</name>
    <message>
        <source>Owner's spare key</source>
        <translation>業主備用鑰匙</translation>
    </message>
    <message>
        <source>Common-area key</source>
        <translation>公共區域鑰匙</translation>
    </message>
    <message>
        <source>Plant-room key</source>
        <translation>機房鑰匙</translation>
    </message>
    <message>
        <source>Master key</source>
        <translation>萬能鑰匙</translation>
    </message>
    <message>
        <source>Key deposit</source>
        <translation>鑰匙留存</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>鑰匙牌 %1</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>業主</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>鑰匙</translation>
    </message>
    <message>
        <source>Deposited</source>
        <translation>留存時間</translation>
    </message>
    <message>
        <source>May borrow it</source>
        <translation>可借用人</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>業主</translation>
    </message>
    <message>
        <source>You are told each time the key leaves the cabinet. Show this receipt to change the list or take the key back.</source>
        <translation>鑰匙每次借出時都會通知您。如需更改可借用人名單或取回鑰匙，請出示本收據。</translation>
    </message>
    <message>
        <source>Key borrowed</source>
        <translation>鑰匙借用</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
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
        <translation>工作內容</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>借出</translation>
    </message>
    <message>
        <source>Return by %1</source>
        <translation>請於 %1 前歸還</translation>
    </message>
    <message>
        <source>Lent by</source>
        <translation>經辦人</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>確認人</translation>
    </message>
    <message>
        <source>Bring the key back to the front desk by the time above. The tag is scanned on return.</source>
        <translation>請在上述時間前將鑰匙交還前台。歸還時將掃描鑰匙牌。</translation>
    </message>
</context>
<context>
    <name>KeyText</name>
    <message>
        <source>At most %1 characters.</source>
        <translation>最多 %1 個字。</translation>
    </message>
    <message>
        <source>Type the number on the key's tag.</source>
        <translation>請輸入鑰匙牌上的號碼。</translation>
    </message>
    <message>
        <source>A tag number is at most 20 characters.</source>
        <translation>鑰匙牌號最多 20 個字元。</translation>
    </message>
    <message>
        <source>A key tag never carries the unit number: use the tag's own number.</source>
        <translation>鑰匙牌上不得使用單位號：請使用鑰匙牌本身的編號。</translation>
    </message>
    <message>
        <source>Tag %1 is already on another key in the cabinet.</source>
        <translation>鑰匙牌 %1 已用於櫃中另一把鑰匙。</translation>
    </message>
    <message>
        <source>This barcode is already on another key's tag.</source>
        <translation>此條碼已用於另一把鑰匙的鑰匙牌。</translation>
    </message>
    <message>
        <source>Say what the key opens.</source>
        <translation>請說明這把鑰匙用於開啟何處。</translation>
    </message>
    <message>
        <source>An owner's spare key is deposited by its owner: use Deposit.</source>
        <translation>業主的備用鑰匙須由業主本人留存：請使用「留存」。</translation>
    </message>
    <message>
        <source>Choose the owner from the building directory.</source>
        <translation>請從大樓名錄中選擇業主。</translation>
    </message>
    <message>
        <source>%1 is not recorded for unit %2 in the directory.</source>
        <translation>名錄中 %1 未登記在 %2 單位名下。</translation>
    </message>
    <message>
        <source>Everyone on the owner's list must be in the building directory.</source>
        <translation>業主授權名單上的每個人都必須在大樓名錄中。</translation>
    </message>
    <message>
        <source>Tap the borrower's card, or pick them after checking their ID.</source>
        <translation>請借用人刷卡，或核對其證件後從清單中選擇。</translation>
    </message>
    <message>
        <source>This person is not in the building directory.</source>
        <translation>此人不在大樓名錄中。</translation>
    </message>
    <message>
        <source>This is not an active staff member.</source>
        <translation>此人不是在職職員。</translation>
    </message>
    <message>
        <source>There is no such visit at this terminal.</source>
        <translation>本終端沒有該來訪紀錄。</translation>
    </message>
    <message>
        <source>%1 is not on site.</source>
        <translation>%1 目前不在場。</translation>
    </message>
    <message>
        <source>%1 is a visitor, not a contractor: visitors do not borrow keys.</source>
        <translation>%1 是訪客，不是承辦商：訪客不能借用鑰匙。</translation>
    </message>
    <message>
        <source>Choose who borrows the key.</source>
        <translation>請選擇借用人。</translation>
    </message>
    <message>
        <source>Choose a key from the cabinet.</source>
        <translation>請從鑰匙櫃中選擇一把鑰匙。</translation>
    </message>
    <message>
        <source>Key %1 is already out: it has to be returned first.</source>
        <translation>鑰匙 %1 已借出：須先歸還。</translation>
    </message>
    <message>
        <source>Key %1 is already out to %2 since %3: it has to be returned first.</source>
        <translation>鑰匙 %1 已於 %3 借給 %2：須先歸還。</translation>
    </message>
    <message>
        <source>%1 is not on the owner's list for this key: only the owner (%2) and the people they listed may borrow it.</source>
        <translation>%1 不在此鑰匙的業主授權名單上：僅業主（%2）及其指定的人員可以借用。</translation>
    </message>
    <message>
        <source>%1 is not staff: this key is lent to staff, or to a contractor checked in on site.</source>
        <translation>%1 不是職員：此鑰匙僅借給職員，或已登記在場的承辦商。</translation>
    </message>
    <message>
        <source>A master key is lent to staff only.</source>
        <translation>萬能鑰匙僅借給職員。</translation>
    </message>
    <message>
        <source>Say why the key is borrowed.</source>
        <translation>請說明借用事由。</translation>
    </message>
    <message>
        <source>A plant-room key needs the work to be done (work order or task).</source>
        <translation>借用機房鑰匙須註明要進行的工作（工單或任務）。</translation>
    </message>
    <message>
        <source>A contractor needs the work to be done (work order or task).</source>
        <translation>承辦商借用鑰匙須註明要進行的工作（工單或任務）。</translation>
    </message>
    <message>
        <source>The due time %1 has already passed: choose a later time.</source>
        <translation>應還時間 %1 已過：請選擇較晚的時間。</translation>
    </message>
    <message>
        <source>A key is lent for at most %1 days: choose a due time before %2.</source>
        <translation>鑰匙最長借用 %1 天：請選擇 %2 之前的應還時間。</translation>
    </message>
    <message>
        <source>A master key needs a second staff member to confirm with their PIN.</source>
        <translation>借用萬能鑰匙須由另一名職員輸入 PIN 碼確認。</translation>
    </message>
    <message>
        <source>The second person must be an active staff member.</source>
        <translation>確認人必須是在職職員。</translation>
    </message>
    <message>
        <source>The second staff member must be someone other than the one lending or borrowing the key.</source>
        <translation>確認人不能是借出或借用鑰匙的人。</translation>
    </message>
    <message>
        <source>The second staff member types their PIN.</source>
        <translation>請確認人輸入其 PIN 碼。</translation>
    </message>
    <message>
        <source>Staff PINs are not set up on this terminal.</source>
        <translation>本終端未設定職員 PIN 碼。</translation>
    </message>
    <message>
        <source>No key in the cabinet has tag %1: check the number, or scan the tag.</source>
        <translation>鑰匙櫃中沒有鑰匙牌為 %1 的鑰匙：請核對編號，或掃描鑰匙牌。</translation>
    </message>
    <message>
        <source>Key %1 is in the cabinet: it was not signed out, so there is nothing to return.</source>
        <translation>鑰匙 %1 在鑰匙櫃中：未被借出，無需歸還。</translation>
    </message>
    <message>
        <source>Say what condition the key is in.</source>
        <translation>請說明鑰匙的狀況。</translation>
    </message>
    <message>
        <source>Note what is damaged.</source>
        <translation>請註明損壞之處。</translation>
    </message>
    <message>
        <source>The note is at most %1 characters.</source>
        <translation>備註最多 %1 個字元。</translation>
    </message>
    <message>
        <source>This key has no conflicting sign-out to resolve (another desk may have resolved it).</source>
        <translation>此鑰匙沒有需要處理的借出衝突（可能已由其他前台處理）。</translation>
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
    <name>KeysScreen</name>
    <message>
        <source>%1 in the cabinet · %2 out · %3 overdue</source>
        <translation>%1 把在櫃 · %2 把借出 · %3 把逾期</translation>
    </message>
    <message>
        <source>No key is out.</source>
        <translation>沒有借出的鑰匙。</translation>
    </message>
    <message>
        <source>No key is overdue.</source>
        <translation>沒有逾期未還的鑰匙。</translation>
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
    <message>
        <source>Your services:</source>
        <translation>您可辦理的業務：</translation>
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
    <name>MyKeysScreen</name>
    <message>
        <source>Tap your IC card</source>
        <translation>請刷IC卡</translation>
    </message>
    <message>
        <source>Keys you hold</source>
        <translation>您借用中的鑰匙</translation>
    </message>
    <message>
        <source>%1 · %2 · was due back %3: please bring it to the front desk</source>
        <translation>%1 · %2 · 應於 %3 歸還：請盡快交回前台</translation>
    </message>
    <message>
        <source>%1 · %2 · due back %3</source>
        <translation>%1 · %2 · 歸還時間 %3</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>無。</translation>
    </message>
    <message>
        <source>Your spare keys at the front desk</source>
        <translation>您留存在前台的備用鑰匙</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>None: the front desk keeps a spare for you if you deposit one.</source>
        <translation>無：如需留存備用鑰匙，可交由前台保管。</translation>
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
        <translation>目前在場：%1</translation>
    </message>
    <message>
        <source>Visitors and their companions. Check-ins at other terminals appear once this terminal has synced.</source>
        <translation>訪客及其隨行人員。其他終端的登記紀錄將於本終端同步後顯示。</translation>
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
    <name>PinPad</name>
    <message>
        <source>OK</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
</context>
<context>
    <name>PinText</name>
    <message>
        <source>The PIN is empty.</source>
        <translation>密碼為空。</translation>
    </message>
    <message>
        <source>A PIN is digits only (0-9), no letters, spaces or signs.</source>
        <translation>密碼只能是數字（0-9），不能有字母、空格或符號。</translation>
    </message>
    <message>
        <source>A PIN has %1 to %2 digits; this one has %3.</source>
        <translation>密碼應為 %1 至 %2 位數字；此密碼為 %3 位。</translation>
    </message>
    <message>
        <source>One digit repeated is too easy to guess: choose another PIN.</source>
        <translation>同一數字重複太容易被猜到：請換一個密碼。</translation>
    </message>
    <message>
        <source>Digits counting up or down (like 1234 or 9876) are too easy to guess: choose another PIN.</source>
        <translation>順序遞增或遞減的數字（如 1234 或 9876）太容易被猜到：請換一個密碼。</translation>
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
    <message>
        <source>Set my card PIN</source>
        <translation>設定卡片密碼</translation>
    </message>
    <message>
        <source>Lets you block your card here if you ever lose it</source>
        <translation>卡片遺失時可在此自助停用</translation>
    </message>
    <message>
        <source>My keys</source>
        <translation>我的鑰匙</translation>
    </message>
    <message>
        <source>Keys you hold, and where your spares are</source>
        <translation>借用中的鑰匙及備用鑰匙的去向</translation>
    </message>
</context>
<context>
    <name>SiteSignerText</name>
    <message>
        <source>this terminal</source>
        <translation>本終端</translation>
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
    <name>StaffChip</name>
    <message>
        <source>Sign out</source>
        <translation>登出</translation>
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
        <translation>前台</translation>
    </message>
    <message>
        <source>Guard post</source>
        <translation>保安崗</translation>
    </message>
    <message>
        <source>Printer trouble elsewhere on site — %1. Visitors there see their slip's QR on screen.</source>
        <translation>本項目其他終端印表機故障 — %1。該處訪客會在螢幕上看到憑條 QR 碼。</translation>
    </message>
</context>
<context>
    <name>StaffPinText</name>
    <message>
        <source>Too many wrong PINs: signing in with this card is locked until %1. A supervisor can set a new PIN at the hub.</source>
        <translation>PIN 碼錯誤次數過多：此卡登入已鎖定至 %1。主管可在總部伺服器上設定新的 PIN 碼。</translation>
    </message>
    <message>
        <source>%1 is not an active staff member in this terminal's directory.</source>
        <translation>在本終端的人員名錄中，%1 不是在職職員。</translation>
    </message>
    <message>
        <source>No PIN is set for %1 yet: a supervisor sets one at the hub (lobbydesk-ctl hub staff-pin).</source>
        <translation>%1 尚未設定 PIN 碼：請主管在總部伺服器上設定（lobbydesk-ctl hub staff-pin）。</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>請輸入您的 PIN 碼。</translation>
    </message>
    <message>
        <source>Wrong PIN. Attempts left before signing in is locked: %1.</source>
        <translation>PIN 碼錯誤。登入鎖定前剩餘嘗試次數：%1。</translation>
    </message>
</context>
<context>
    <name>StaffSignIn</name>
    <message>
        <source>%1, enter your PIN</source>
        <translation>%1，請輸入您的 PIN 碼</translation>
    </message>
    <message>
        <source>Tap your staff card</source>
        <translation>請刷職員卡</translation>
    </message>
    <message>
        <source>Hold your staff card on the card reader to sign in. Actions at this terminal are recorded in your name.</source>
        <translation>請將職員卡放在讀卡機上登入。您在本終端的操作將以您的名義記錄。</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Not you? Start again</source>
        <translation>不是您本人？重新開始</translation>
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
    <name>TenantPinText</name>
    <message>
        <source>Too many wrong PINs: your PIN is locked until %1. Please go to the front desk with your ID.</source>
        <translation>密碼錯誤次數過多：您的密碼已鎖定至 %1。請攜帶證件前往前台。</translation>
    </message>
    <message>
        <source>This person is not in the building directory.</source>
        <translation>此人不在大樓名錄中。</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Please choose your PIN again.</source>
        <translation>兩次輸入的密碼不一致。請重新設定密碼。</translation>
    </message>
    <message>
        <source>No card PIN is set for you: the front desk confirms who you are.</source>
        <translation>您尚未設定卡片密碼：將由前台核實您的身份。</translation>
    </message>
    <message>
        <source>Enter your card PIN.</source>
        <translation>請輸入您的卡片密碼。</translation>
    </message>
    <message>
        <source>Wrong PIN. Attempts left before your PIN is locked: %1.</source>
        <translation>密碼錯誤。再錯 %1 次密碼將被鎖定。</translation>
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
<context>
    <name>VisitSlip</name>
    <message>
        <source>Floor %1, unit %2</source>
        <translation>%1樓 %2單位</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜訪</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>送貨</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>面試</translation>
    </message>
    <message>
        <source>Contractor work</source>
        <translation>承包商工程</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Visitor slip</source>
        <translation>訪客單</translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation>受訪人</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>來訪事由</translation>
    </message>
    <message>
        <source>Companions</source>
        <translation>隨行人員</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>車輛</translation>
    </message>
    <message>
        <source>Time in</source>
        <translation>進入時間</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Scan this code at the kiosk or the guard post when you leave.</source>
        <translation>離開時，請在自助登記機或保安崗位掃描此碼。</translation>
    </message>
    <message>
        <source>Show this slip at the front desk when you leave.</source>
        <translation>離開時，請向前台出示此單。</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>邀請</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>On arrival, scan this code at the lobby kiosk: no typing needed.</source>
        <translation>抵達後，請在大堂自助登記機掃描此碼，無需手動輸入。</translation>
    </message>
    <message>
        <source>Evacuation roll call</source>
        <translation>疏散點名</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>列印時間</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <source>Visitors on site</source>
        <translation>在場訪客</translation>
    </message>
    <message>
        <source>No visitors on site.</source>
        <translation>目前沒有在場訪客。</translation>
    </message>
    <message>
        <source>Printed from this terminal's own records: visitors checked in at other terminals appear once synced.</source>
        <translation>根據本終端自身紀錄列印：於其他終端登記的訪客須同步後才會列出。</translation>
    </message>
</context>
<context>
    <name>VisitText</name>
    <message>
        <source>Enter your name.</source>
        <translation>請輸入您的姓名。</translation>
    </message>
    <message>
        <source>A name is at most %1 characters.</source>
        <translation>姓名最多 %1 個字元。</translation>
    </message>
    <message>
        <source>A name has letters only: no digits or symbols.</source>
        <translation>姓名只能包含文字，不可包含數字或符號。</translation>
    </message>
    <message>
        <source>Enter your mobile number.</source>
        <translation>請輸入您的手機號碼。</translation>
    </message>
    <message>
        <source>This is not a phone number: a mainland mobile has 11 digits, a Hong Kong or Macau number 8, a Taiwan mobile starts 09; others start with +.</source>
        <translation>這不是有效的電話號碼：內地手機號碼為 11 位，香港或澳門號碼為 8 位，台灣手機號碼以 09 開頭；其他號碼請以 + 開頭。</translation>
    </message>
    <message>
        <source>Choose whom you are visiting.</source>
        <translation>請選擇您要拜訪的對象。</translation>
    </message>
    <message>
        <source>Choose why you are here.</source>
        <translation>請選擇來訪事由。</translation>
    </message>
    <message>
        <source>Say why you are here.</source>
        <translation>請說明來訪事由。</translation>
    </message>
    <message>
        <source>The note is at most %1 characters.</source>
        <translation>備註最多 %1 個字元。</translation>
    </message>
    <message>
        <source>Companions: 0 to %1. A larger group checks in at the front desk.</source>
        <translation>隨行人員：0 至 %1 人。人數更多的團體請到前台登記。</translation>
    </message>
    <message>
        <source>This is not a vehicle plate (for example 粤B12345, AB1234); leave it empty if you came on foot.</source>
        <translation>這不是有效的車牌號碼（例如 粤B12345、AB1234）；如您步行前來，請留空。</translation>
    </message>
    <message>
        <source>This is not an ID number (18 characters on a mainland ID card, A123456(7) in Hong Kong, A123456789 in Taiwan, or a passport number); you may leave it empty.</source>
        <translation>這不是有效的證件號碼（內地身份證為 18 位，香港為 A123456(7)，台灣為 A123456789，或護照號碼）；您亦可留空。</translation>
    </message>
    <message>
        <source>Carried items: at most %1 characters.</source>
        <translation>攜帶物品：最多 %1 個字元。</translation>
    </message>
    <message>
        <source>This code is not a LobbyDesk code.</source>
        <translation>此碼不是 LobbyDesk 碼。</translation>
    </message>
    <message>
        <source>This code is damaged or incomplete: scan it again, or type the number printed under it.</source>
        <translation>此碼已損壞或不完整：請重新掃描，或輸入印在碼下方的編號。</translation>
    </message>
    <message>
        <source>This code was not issued at this site (or this terminal has not synced since it was): please see the front desk.</source>
        <translation>此碼並非本場所簽發（或本終端自簽發後尚未同步）：請前往前台。</translation>
    </message>
    <message>
        <source>This code was issued by a terminal that is no longer trusted: please see the front desk.</source>
        <translation>此碼由已不再受信任的終端簽發：請前往前台。</translation>
    </message>
    <message>
        <source>This code has been altered and is not valid: please see the front desk.</source>
        <translation>此碼已被篡改，無法使用：請前往前台。</translation>
    </message>
    <message>
        <source>The person you visit is not in the building directory.</source>
        <translation>您要拜訪的人不在大樓名錄中。</translation>
    </message>
    <message>
        <source>The company you visit is not in the building directory.</source>
        <translation>您要拜訪的公司不在大樓名錄中。</translation>
    </message>
    <message>
        <source>You are already checked in.</source>
        <translation>您已完成登記。</translation>
    </message>
    <message>
        <source>Thank you. Please see the front desk to complete your check-in.</source>
        <translation>謝謝。請前往前台完成登記。</translation>
    </message>
    <message>
        <source>%1 receives visitors by invitation. Please see the front desk: they will contact your host.</source>
        <translation>%1僅接待受邀訪客。請前往前台，前台將為您聯絡受訪人。</translation>
    </message>
    <message>
        <source>Thank you. The front desk is confirming your visit with %1; please see the front desk.</source>
        <translation>謝謝。前台正在與%1確認您的來訪，請前往前台。</translation>
    </message>
    <message>
        <source>Welcome, %1. Please take your visitor slip and scan it when you leave.</source>
        <translation>歡迎您，%1。請取走您的訪客單，並在離開時掃描。</translation>
    </message>
    <message>
        <source>Choose the days of the visit.</source>
        <translation>請選擇來訪日期。</translation>
    </message>
    <message>
        <source>The invitation must end after it starts.</source>
        <translation>邀請的結束時間必須晚於開始時間。</translation>
    </message>
    <message>
        <source>These days are already over.</source>
        <translation>所選日期已過。</translation>
    </message>
    <message>
        <source>An invitation is valid for at most %1 days.</source>
        <translation>邀請的有效期最長為 %1 天。</translation>
    </message>
    <message>
        <source>This terminal cannot sign invitations until it is enrolled with the hub.</source>
        <translation>本終端須先在總部伺服器註冊，才能簽發邀請。</translation>
    </message>
    <message>
        <source>There is no such invitation.</source>
        <translation>找不到此邀請。</translation>
    </message>
    <message>
        <source>This invitation was already cancelled.</source>
        <translation>此邀請已被取消。</translation>
    </message>
    <message>
        <source>This is a visitor slip, not an invitation: scan it at the exit when you leave.</source>
        <translation>這是訪客單，不是邀請：請在離開時於出口處掃描。</translation>
    </message>
    <message>
        <source>This code is not an invitation.</source>
        <translation>此碼不是邀請碼。</translation>
    </message>
    <message>
        <source>This invitation is for another building.</source>
        <translation>此邀請適用於其他大樓。</translation>
    </message>
    <message>
        <source>This invitation is valid from %1. Please come back then, or see the front desk.</source>
        <translation>此邀請自 %1 起生效。請屆時再來，或前往前台。</translation>
    </message>
    <message>
        <source>This invitation expired on %1. Please see the front desk.</source>
        <translation>此邀請已於 %1 過期。請前往前台。</translation>
    </message>
    <message>
        <source>This invitation was cancelled. Please see the front desk.</source>
        <translation>此邀請已被取消。請前往前台。</translation>
    </message>
    <message>
        <source>You are already checked in, %1: here is your slip again.</source>
        <translation>%1，您已完成登記，這是您的訪客單。</translation>
    </message>
    <message>
        <source>An invitation code has 8 letters and digits, like 3F9A-07C2: check what you typed.</source>
        <translation>邀請碼由 8 位英文字母和數字組成，例如 3F9A-07C2，請檢查您的輸入。</translation>
    </message>
    <message>
        <source>This kiosk does not know invitation %1. An invitation made in the last few minutes may not have reached it yet: scan its QR code, or see the front desk.</source>
        <translation>本自助登記機找不到邀請 %1。數分鐘內建立的邀請可能尚未同步至本機：請掃描邀請QR碼，或前往前台。</translation>
    </message>
    <message>
        <source>Please scan the invitation's QR code, or see the front desk.</source>
        <translation>請掃描邀請QR碼，或前往前台。</translation>
    </message>
    <message>
        <source>There is no such visit.</source>
        <translation>找不到此來訪紀錄。</translation>
    </message>
    <message>
        <source>This visit is not waiting for a decision.</source>
        <translation>此來訪不在待決定狀態。</translation>
    </message>
    <message>
        <source>This visitor matched the deny list: note why you let them in.</source>
        <translation>此訪客與黑名單相符：請註明允許其進入的原因。</translation>
    </message>
    <message>
        <source>Give the reason (at most %1 characters).</source>
        <translation>請填寫原因（最多 %1 個字元）。</translation>
    </message>
    <message>
        <source>This terminal knows no visit %1: scan the slip's QR code, or see the front desk.</source>
        <translation>本終端找不到來訪紀錄 %1：請掃描訪客單上的QR碼，或前往前台。</translation>
    </message>
    <message>
        <source>This is an invitation: scan it at the kiosk to check in.</source>
        <translation>這是邀請：請在自助登記機掃描以辦理登記。</translation>
    </message>
    <message>
        <source>This is not a visitor slip.</source>
        <translation>這不是訪客單。</translation>
    </message>
    <message>
        <source>This slip is from another building.</source>
        <translation>此訪客單屬於其他大樓。</translation>
    </message>
    <message>
        <source>This visit was closed at the end of the day (%1). Nothing more to do.</source>
        <translation>此來訪已於日終（%1）關閉，無需其他操作。</translation>
    </message>
    <message>
        <source>Already checked out at %1. Nothing more to do.</source>
        <translation>已於 %1 簽離，無需其他操作。</translation>
    </message>
    <message>
        <source>This visitor was never let in (%1): please see the front desk.</source>
        <translation>此訪客未獲准進入（%1）：請前往前台。</translation>
    </message>
    <message>
        <source>turned away</source>
        <translation>已被拒絕</translation>
    </message>
    <message>
        <source>waiting at the front desk</source>
        <translation>正在前台等候</translation>
    </message>
    <message>
        <source>Goodbye, %1. Checked out at %2.</source>
        <translation>再見，%1。您已於 %2 簽離。</translation>
    </message>
    <message>
        <source>Checked out at %1. This terminal has not received the check-in yet; the front desk sees both after the next sync.</source>
        <translation>已於 %1 簽離。本終端尚未收到登記紀錄；下次同步後，前台即可看到兩項紀錄。</translation>
    </message>
    <message>
        <source>Thank you: this visit was already rated.</source>
        <translation>謝謝！本次來訪已評價過。</translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation>這不是有效的電話號碼。</translation>
    </message>
    <message>
        <source>This is not an ID number.</source>
        <translation>這不是有效的證件號碼。</translation>
    </message>
    <message>
        <source>ID numbers can be listed once this terminal has synced with the hub.</source>
        <translation>本終端與總部伺服器同步後，即可列出證件號碼。</translation>
    </message>
    <message>
        <source>Give a name, a phone number or an ID number.</source>
        <translation>請輸入姓名、電話號碼或證件號碼。</translation>
    </message>
    <message>
        <source>There is no such entry on the deny list.</source>
        <translation>該條目不在黑名單中。</translation>
    </message>
    <message numerus="yes">
        <source>This visitor still holds %n key(s): %1. Please return them to the front desk before leaving.</source>
        <translation><numerusform>此訪客仍持有 %n 把鑰匙：%1。離開前請將鑰匙交還前台。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitorCheckInScreen</name>
    <message>
        <source>Choose your language</source>
        <translation>請選擇語言</translation>
    </message>
    <message>
        <source>What is your name?</source>
        <translation>請問您的姓名？</translation>
    </message>
    <message>
        <source>Your mobile number</source>
        <translation>您的手機號碼</translation>
    </message>
    <message>
        <source>Whom are you visiting?</source>
        <translation>請問您要拜訪哪位？</translation>
    </message>
    <message>
        <source>Why are you here?</source>
        <translation>請問您的來訪事由？</translation>
    </message>
    <message>
        <source>How many people are with you?</source>
        <translation>請問有幾位隨行人員？</translation>
    </message>
    <message>
        <source>Did you come by car?</source>
        <translation>請問您是否駕車前來？</translation>
    </message>
    <message>
        <source>Your ID number (optional)</source>
        <translation>您的證件號碼（選填）</translation>
    </message>
    <message>
        <source>Check your details</source>
        <translation>請核對您的資料</translation>
    </message>
    <message>
        <source>Visitor check-in · step %1 of %2</source>
        <translation>訪客登記 · 第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>The screens and your visitor slip will be in this language.</source>
        <translation>畫面及訪客單將使用此語言。</translation>
    </message>
    <message>
        <source>Your full name, as on your ID</source>
        <translation>請填寫與證件相符的全名</translation>
    </message>
    <message>
        <source>Tap the field to type; 中 on the keyboard switches to Chinese input.</source>
        <translation>點按輸入欄即可輸入；按鍵盤上的「中」可切換至中文輸入。</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>手機號碼</translation>
    </message>
    <message>
        <source>Your host or the front desk may call you on it.</source>
        <translation>受訪人或前台可能會致電此號碼聯絡您。</translation>
    </message>
    <message>
        <source>Not counting yourself. Everyone enters on your slip.</source>
        <translation>不包括您本人。所有人均登記在您的訪客單上。</translation>
    </message>
    <message>
        <source>Vehicle plate (optional)</source>
        <translation>車牌號碼（選填）</translation>
    </message>
    <message>
        <source>For example 粤B12345</source>
        <translation>例如 粤B12345</translation>
    </message>
    <message>
        <source>Leave it empty if you came on foot.</source>
        <translation>如步行前來，請留空。</translation>
    </message>
    <message>
        <source>ID card or passport number (optional)</source>
        <translation>身份證或護照號碼（選填）</translation>
    </message>
    <message>
        <source>Only the last 4 characters are kept; the full number is never stored. You may leave it empty.</source>
        <translation>只保留最後 4 位，完整號碼不會被儲存。您亦可留空。</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ 上一步</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>登記</translation>
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
        <translation>掃描訪客單，或輸入其編號</translation>
    </message>
    <message>
        <source>Visit number, e.g. V-20261122-0007</source>
        <translation>訪客編號，例如 V-20261122-0007</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>簽離</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>已簽離</translation>
    </message>
    <message>
        <source>Already checked out</source>
        <translation>已簽離</translation>
    </message>
    <message>
        <source>Not checked out</source>
        <translation>未簽離</translation>
    </message>
    <message>
        <source>Works offline: the slip's signature is checked on this terminal, and the check-out reaches the front desk at the next sync.</source>
        <translation>支援離線使用：訪客單簽名在本終端核實，簽離記錄將於下次同步時傳送至前台。</translation>
    </message>
    <message>
        <source>Scan your visitor slip</source>
        <translation>請掃描您的訪客單</translation>
    </message>
    <message>
        <source>Hold the QR code on your slip under the scanner below this screen.</source>
        <translation>請將訪客單上的 QR 碼對準螢幕下方的掃描器。</translation>
    </message>
    <message>
        <source>Thank you for visiting. Goodbye!</source>
        <translation>感謝您的來訪，再見！</translation>
    </message>
    <message>
        <source>Thank you for your answer. Goodbye!</source>
        <translation>感謝您的回覆，再見！</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>No slip, or it will not scan? Type the visit number printed on it (V-…).</source>
        <translation>沒有訪客單或無法掃描？請輸入單上列印的訪客編號（V-…）。</translation>
    </message>
    <message>
        <source>Visit number</source>
        <translation>訪客編號</translation>
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
        <translation>手機號碼</translation>
    </message>
    <message>
        <source>ID number (kept only as a check value)</source>
        <translation>證件號碼（只保留核對值）</translation>
    </message>
    <message>
        <source>Reason (staff see it; the visitor never does)</source>
        <translation>原因（只限職員查看，訪客不會看到）</translation>
    </message>
    <message>
        <source>Add to the deny list</source>
        <translation>加入黑名單</translation>
    </message>
    <message>
        <source>On the list (%1)</source>
        <translation>名單內（%1）</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>證件號碼</translation>
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
        <translation>大堂自助機</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>邀請</translation>
    </message>
    <message>
        <source>Slip scanned</source>
        <translation>已掃描訪客單</translation>
    </message>
    <message>
        <source>Closed automatically at the end of the day</source>
        <translation>當日結束時自動關閉</translation>
    </message>
    <message>
        <source>Choose a visit from the list.</source>
        <translation>請從清單中選擇一筆來訪記錄。</translation>
    </message>
    <message>
        <source>Matched the deny list: %1. The visitor was only asked to see the front desk; they were not told why.</source>
        <translation>符合黑名單：%1。只請訪客前往前台，未告知原因。</translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation>受訪人</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地點</translation>
    </message>
    <message>
        <source>Floor %1, unit %2</source>
        <translation>%1樓 %2單位</translation>
    </message>
    <message>
        <source>Time in</source>
        <translation>進入時間</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>來訪事由</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Companions</source>
        <translation>隨行人員</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>車輛</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>證件</translation>
    </message>
    <message>
        <source>ending %1</source>
        <translation>尾號 %1</translation>
    </message>
    <message>
        <source>Carries</source>
        <translation>攜帶物品</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>處理</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>已簽離</translation>
    </message>
    <message>
        <source>Why you let them in, or why you turn them away (required)</source>
        <translation>放行原因或拒絕原因（必填）</translation>
    </message>
    <message>
        <source>A note, or why you turn them away (required to deny)</source>
        <translation>備註或拒絕原因（拒絕時必填）</translation>
    </message>
    <message>
        <source>Let in and print slip</source>
        <translation>放行並列印訪客單</translation>
    </message>
    <message>
        <source>Turn away</source>
        <translation>拒絕進入</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>簽離</translation>
    </message>
    <message>
        <source>Print slip again</source>
        <translation>重新列印訪客單</translation>
    </message>
</context>
<context>
    <name>VisitorEvacuation</name>
    <message>
        <source>%1 visitors on site</source>
        <translation>%1 名訪客在場</translation>
    </message>
    <message>
        <source>Print the roll call</source>
        <translation>列印疏散點名表</translation>
    </message>
    <message>
        <source>From this terminal's own records, so it prints without the network. Visitors checked in at other terminals appear once synced; last sync: %1.</source>
        <translation>根據本終端自身記錄，離線亦可列印。在其他終端登記的訪客需同步後才會顯示；上次同步：%1。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>從未</translation>
    </message>
</context>
<context>
    <name>VisitorForm</name>
    <message>
        <source>Visitor's name</source>
        <translation>訪客姓名</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>手機號碼</translation>
    </message>
    <message>
        <source>ID number (optional; only the last 4 are kept)</source>
        <translation>證件號碼（選填；只保留最後 4 位）</translation>
    </message>
    <message>
        <source>Vehicle plate (optional)</source>
        <translation>車牌號碼（選填）</translation>
    </message>
    <message>
        <source>Companions</source>
        <translation>隨行人員</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>來訪事由</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜訪</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>送貨</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>面試</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>承辦商</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>What for?</source>
        <translation>來訪事由</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天數</translation>
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
        <translation>本週</translation>
    </message>
    <message>
        <source>Language of the invitation</source>
        <translation>邀請語言</translation>
    </message>
    <message>
        <source>Language of the slip</source>
        <translation>訪客單語言</translation>
    </message>
    <message>
        <source>Make invitation and print</source>
        <translation>建立邀請並列印</translation>
    </message>
    <message>
        <source>Check in and print slip</source>
        <translation>登記並列印訪客單</translation>
    </message>
</context>
<context>
    <name>VisitorHostPicker</name>
    <message>
        <source>Whom do they visit?</source>
        <translation>拜訪哪位？</translation>
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
        <translation>%1的邀請</translation>
    </message>
    <message>
        <source>The host may photograph this code and send it to the visitor.</source>
        <translation>受訪人可拍下此碼傳送給訪客。</translation>
    </message>
    <message>
        <source>Coming (%1)</source>
        <translation>待到訪（%1）</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>已登記</translation>
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
        <translation>在場</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>等待批准</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>已簽離</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Search by name, phone, number, unit or company</source>
        <translation>按姓名、電話、編號、單位或公司搜尋</translation>
    </message>
    <message>
        <source>No visit matches this search.</source>
        <translation>沒有符合搜尋條件的來訪記錄。</translation>
    </message>
    <message>
        <source>Nothing in this list.</source>
        <translation>此清單沒有項目。</translation>
    </message>
</context>
<context>
    <name>VisitorPurposeStep</name>
    <message>
        <source>Say in a few words why you are here</source>
        <translation>請簡要說明來訪事由</translation>
    </message>
</context>
<context>
    <name>VisitorRating</name>
    <message>
        <source>How was your visit?</source>
        <translation>您對本次來訪滿意嗎？</translation>
    </message>
    <message>
        <source>☺  Satisfied</source>
        <translation>☺  滿意</translation>
    </message>
    <message>
        <source>☹  Not satisfied</source>
        <translation>☹  不滿意</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>略過</translation>
    </message>
</context>
<context>
    <name>VisitorResult</name>
    <message>
        <source>Thank you</source>
        <translation>謝謝</translation>
    </message>
    <message>
        <source>Please take your visitor slip</source>
        <translation>請取走您的訪客單</translation>
    </message>
    <message>
        <source>%1, you are checked in</source>
        <translation>%1，您已登記成功</translation>
    </message>
    <message>
        <source>%1 Take a photo of this code instead and show it when you leave.</source>
        <translation>%1 請拍下此 QR 碼，離開時出示。</translation>
    </message>
    <message>
        <source>%1 Note your visit number and give it when you leave.</source>
        <translation>%1 請記下您的訪客編號，離開時提供。</translation>
    </message>
    <message>
        <source>Visit number %1</source>
        <translation>訪客編號 %1</translation>
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
        <translation>近 7 天簽離後評價中「滿意」所佔比例。目標：85% 或以上。</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>暫無評價</translation>
    </message>
    <message>
        <source>%1% (%2 of %3)</source>
        <translation>%1%（%3 則中 %2 則）</translation>
    </message>
    <message>
        <source>below target</source>
        <translation>低於目標</translation>
    </message>
</context>
<context>
    <name>VisitorSectionBar</name>
    <message>
        <source>Visits</source>
        <translation>來訪記錄</translation>
    </message>
    <message>
        <source>Check in a visitor</source>
        <translation>訪客登記</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>邀請</translation>
    </message>
    <message>
        <source>Deny list</source>
        <translation>黑名單</translation>
    </message>
    <message>
        <source>Evacuation</source>
        <translation>疏散</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>滿意度</translation>
    </message>
</context>
<context>
    <name>VisitorSlipQr</name>
    <message>
        <source>Not printed: show this code to the visitor</source>
        <translation>未列印：請向訪客出示此碼</translation>
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
        <translation>手機號碼</translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation>受訪人</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>來訪事由</translation>
    </message>
    <message>
        <source>Companions</source>
        <translation>隨行人員</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>車輛</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>證件號碼</translation>
    </message>
    <message>
        <source>…%1 (only these 4 kept)</source>
        <translation>…%1（只保留這 4 位）</translation>
    </message>
</context>
<context>
    <name>VisitorsScreen</name>
    <message>
        <source>%1 on site · %2 waiting for the desk</source>
        <translation>%1 在場 · %2 等待前台處理</translation>
    </message>
</context>
<context>
    <name>lobbydesk::CardDesk</name>
    <message>
        <source>this terminal</source>
        <translation>本終端</translation>
    </message>
    <message>
        <source>Request approved.</source>
        <translation>申請已核准。</translation>
    </message>
    <message>
        <source>Blocked: %1.</source>
        <translation>已掛失：%1。</translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <translation>已註銷：%1。</translation>
    </message>
    <message>
        <source>Now tap the new card on the reader to issue it.</source>
        <translation>請將新卡放在讀卡機上以完成發卡。</translation>
    </message>
    <message>
        <source>Request rejected.</source>
        <translation>申請已駁回。</translation>
    </message>
    <message>
        <source>Card %1 issued to %2.</source>
        <translation>卡 %1 已發給 %2。</translation>
    </message>
    <message>
        <source>Blocked on this terminal now, and on the others with the next sync: %1.</source>
        <translation>已在本終端掛失，其他終端將於下次同步後生效：%1。</translation>
    </message>
    <message>
        <source>Choose what the tenant asks for.</source>
        <translation>請選擇租戶要辦理的業務。</translation>
    </message>
    <message>
        <source>"%1" is not a number of days: type a whole number like 7.</source>
        <translation>「%1」不是有效的天數：請輸入整數，例如 7。</translation>
    </message>
    <message>
        <source>Request recorded: check the identity proof, then approve it.</source>
        <translation>申請已記錄：請核對身分證明後核准。</translation>
    </message>
    <message>
        <source>Receipt %1 is not one of today's here.</source>
        <translation>收據 %1 不是本終端今日開立的收據。</translation>
    </message>
    <message>
        <source>No receipt printer is set up here: the payment is recorded, its receipt cannot be printed.</source>
        <translation>本終端未設定收據印表機：款項已記錄，但無法列印收據。</translation>
    </message>
    <message>
        <source>Card receipt %1</source>
        <translation>IC卡收據 %1</translation>
    </message>
    <message>
        <source>The receipt waits in the print queue: the printer says "%1".</source>
        <translation>收據在列印佇列中等候：印表機顯示「%1」。</translation>
    </message>
    <message>
        <source>The tap of card %1 is acknowledged.</source>
        <translation>卡 %1 的刷卡記錄已確認。</translation>
    </message>
</context>
<context>
    <name>lobbydesk::CardRequestFlow</name>
    <message>
        <source>Free of charge.</source>
        <translation>免費。</translation>
    </message>
    <message>
        <source>card fee ¥%1</source>
        <translation>工本費 ¥%1</translation>
    </message>
    <message>
        <source>refundable deposit ¥%1</source>
        <translation>按金 ¥%1（可退還）</translation>
    </message>
    <message>
        <source>Paid at the front desk: %1.</source>
        <translation>請到前台繳費：%1。</translation>
    </message>
    <message>
        <source>Tap your IC card on the reader.</source>
        <translation>請在讀卡機上刷您的IC卡。</translation>
    </message>
    <message>
        <source>No tenant of unit %1 has this phone number in the building directory. Please check both, or ask at the front desk.</source>
        <translation>大樓名錄中 %1 單位沒有使用此電話號碼的租戶。請核對單位號和電話號碼，或到前台諮詢。</translation>
    </message>
    <message>
        <source>Choose what you need.</source>
        <translation>請選擇您要辦理的業務。</translation>
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
        <source>IC-card request</source>
        <translation>IC卡業務申請</translation>
    </message>
    <message>
        <source>The receipt cannot be printed: please note your reference.</source>
        <translation>回執無法列印：請記下您的受理編號。</translation>
    </message>
    <message>
        <source>Card ending %1, blocked at %2</source>
        <translation>尾號 %1 的卡已於 %2 停用</translation>
    </message>
    <message>
        <source>Your card could not be blocked here: %1 Please go to the front desk.</source>
        <translation>無法在此停用您的卡：%1 請前往前台。</translation>
    </message>
    <message>
        <source>This kiosk has no printer: no slip, your card is blocked all the same.</source>
        <translation>本自助終端沒有印表機：不出憑條，但您的卡已停用。</translation>
    </message>
    <message>
        <source>The printer is not working: no slip, your card is blocked all the same.</source>
        <translation>印表機故障：不出憑條，但您的卡已停用。</translation>
    </message>
    <message>
        <source>Card blocked</source>
        <translation>卡片已停用</translation>
    </message>
    <message>
        <source>The slip cannot be printed: your card is blocked all the same.</source>
        <translation>憑條無法列印，但您的卡已停用。</translation>
    </message>
</context>
<context>
    <name>lobbydesk::GoodsPassDesk</name>
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
    <name>lobbydesk::GoodsPassForm</name>
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
    <name>lobbydesk::KeyDesk</name>
    <message>
        <source>Card of %1 read.</source>
        <translation>已讀取 %1 的卡。</translation>
    </message>
    <message>
        <source>Staff card of %1 read.</source>
        <translation>已讀取 %1 的職員卡。</translation>
    </message>
    <message>
        <source>Write the due time like %1.</source>
        <translation>請按 %1 的格式填寫應還時間。</translation>
    </message>
    <message>
        <source>The key was not signed out: see the fields marked in red.</source>
        <translation>鑰匙未借出：請查看標示為紅色的欄位。</translation>
    </message>
    <message>
        <source>Key %1 signed out to %2, due back %3.</source>
        <translation>鑰匙 %1 已借給 %2，應於 %3 前歸還。</translation>
    </message>
    <message>
        <source>Key %1 borrowed</source>
        <translation>鑰匙 %1 借用</translation>
    </message>
    <message>
        <source>The key was not deposited: see the fields marked in red.</source>
        <translation>鑰匙未留存：請查看標示為紅色的欄位。</translation>
    </message>
    <message>
        <source>Key %1 of %2 is in the cabinet (slot %3).</source>
        <translation>%2 的鑰匙 %1 已放入鑰匙櫃（%3 號位）。</translation>
    </message>
    <message>
        <source>Key %1 deposited</source>
        <translation>鑰匙 %1 留存</translation>
    </message>
    <message>
        <source>The key was not added: see the fields marked in red.</source>
        <translation>鑰匙未新增：請查看標示為紅色的欄位。</translation>
    </message>
    <message>
        <source>Key %1 (%2) is in the cabinet.</source>
        <translation>鑰匙 %1（%2）已放入鑰匙櫃。</translation>
    </message>
    <message>
        <source>Key %1 is back from %2, late.</source>
        <translation>鑰匙 %1 已由 %2 歸還（逾期）。</translation>
    </message>
    <message>
        <source>Key %1 is back from %2.</source>
        <translation>鑰匙 %1 已由 %2 歸還。</translation>
    </message>
    <message>
        <source>Resolved: the sign-out to %1 stands; the other is void.</source>
        <translation>已處理：借給 %1 的紀錄有效，另一筆作廢。</translation>
    </message>
    <message>
        <source>Tag %1 scanned: %2.</source>
        <translation>已掃描鑰匙牌 %1：%2。</translation>
    </message>
    <message>
        <source>No key in the cabinet has tag %1.</source>
        <translation>鑰匙櫃中沒有鑰匙牌為 %1 的鑰匙。</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) passed their due time: see Overdue.</source>
        <translation><numerusform>%n 把鑰匙已超過應還時間：請查看「逾期」。</numerusform>
        </translation>
    </message>
    <message>
        <source>No receipt printer is set up at this terminal: nothing was printed.</source>
        <translation>本終端未設定收據印表機，未列印任何內容。</translation>
    </message>
    <message>
        <source>Not printed yet: the printer says "%1". The receipt waits in the print queue.</source>
        <translation>尚未列印：印表機顯示「%1」。收據正在列印佇列中等候。</translation>
    </message>
</context>
<context>
    <name>lobbydesk::MyKeys</name>
    <message>
        <source>In the cabinet</source>
        <translation>在鑰匙櫃中</translation>
    </message>
    <message>
        <source>Lent to %1 until %2</source>
        <translation>已借給 %1，至 %2 歸還</translation>
    </message>
</context>
<context>
    <name>lobbydesk::PassCheck</name>
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
    <name>lobbydesk::SitePrinters</name>
    <message>
        <source>out of paper</source>
        <translation>缺紙</translation>
    </message>
    <message>
        <source>cover open</source>
        <translation>機蓋打開</translation>
    </message>
    <message>
        <source>printer fault</source>
        <translation>印表機故障</translation>
    </message>
    <message>
        <source>printer offline</source>
        <translation>印表機離線</translation>
    </message>
    <message>
        <source>printer not answering</source>
        <translation>印表機無回應</translation>
    </message>
    <message>
        <source>printer removed from the set-up</source>
        <translation>印表機已從設定中移除</translation>
    </message>
    <message>
        <source>paper running low</source>
        <translation>紙張即將用完</translation>
    </message>
    <message>
        <source>printer ready</source>
        <translation>印表機就緒</translation>
    </message>
    <message>
        <source>printer condition '%1'</source>
        <translation>印表機狀態「%1」</translation>
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
        <translation>已登入：%1</translation>
    </message>
    <message>
        <source>No staff sign-in set up: actions are recorded as %1</source>
        <translation>未設定職員登入：操作將記錄為 %1</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>無人登入</translation>
    </message>
    <message>
        <source>This is a tenant's card. Staff sign in with their own staff card.</source>
        <translation>這是租戶卡。職員請使用本人的職員卡登入。</translation>
    </message>
    <message>
        <source>This card is not a staff card of this building, or it is no longer valid.</source>
        <translation>此卡不是本大樓的職員卡，或已失效。</translation>
    </message>
    <message>
        <source>The staff directory cannot be read on this terminal.</source>
        <translation>本終端無法讀取職員名錄。</translation>
    </message>
    <message>
        <source>Signing in could not be recorded: %1</source>
        <translation>無法記錄登入：%1</translation>
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
    <message>
        <source>Good evening, %1</source>
        <translation>%1，晚上好</translation>
    </message>
    <message>
        <source>Good morning, %1</source>
        <translation>%1，早安</translation>
    </message>
    <message>
        <source>Good afternoon, %1</source>
        <translation>%1，午安</translation>
    </message>
    <message>
        <source>This card was reported lost and is blocked. The front desk has been told; please see them.</source>
        <translation>此卡已掛失並停用。已通知前台，請前往前台。</translation>
    </message>
    <message>
        <source>This card was cancelled or replaced. Please use your new card, or ask at the front desk.</source>
        <translation>此卡已註銷或已補辦新卡。請使用您的新卡，或到前台諮詢。</translation>
    </message>
    <message>
        <source>This temporary card has expired. Please return it to the front desk.</source>
        <translation>此臨時卡已過期。請將其交還前台。</translation>
    </message>
    <message>
        <source>This is a temporary card for %1: the kiosk's tenant services need a tenant's own card.</source>
        <translation>這是 %1 的臨時卡：自助機的租戶業務須使用租戶本人的卡辦理。</translation>
    </message>
</context>
<context>
    <name>lobbydesk::TerminalApp</name>
    <message>
        <source>Still holds key %1 (%2), due %3: ask for it back.</source>
        <translation>仍持有鑰匙 %1（%2），應於 %3 歸還：請收回。</translation>
    </message>
</context>
<context>
    <name>lobbydesk::VisitDesk</name>
    <message>
        <source>%1 is let in.</source>
        <translation>已允許%1進入。</translation>
    </message>
    <message>
        <source>Visitor slip %1</source>
        <translation>訪客單 %1</translation>
    </message>
    <message>
        <source>%1 is turned away.</source>
        <translation>已拒絕%1進入。</translation>
    </message>
    <message>
        <source>Only a visitor who was let in has a slip.</source>
        <translation>只有已獲准進入的訪客才有訪客單。</translation>
    </message>
    <message>
        <source>Slip of %1 sent to the printer.</source>
        <translation>%1的訪客單已傳送至印表機。</translation>
    </message>
    <message>
        <source>Please correct the fields marked in red.</source>
        <translation>請更正標示為紅色的欄位。</translation>
    </message>
    <message>
        <source>%1 matched the deny list: the visit is held. Decide below.</source>
        <translation>%1與黑名單相符：本次來訪已暫緩，請於下方作出決定。</translation>
    </message>
    <message>
        <source>%1 checked in (%2).</source>
        <translation>%1已登記（%2）。</translation>
    </message>
    <message>
        <source>Choose the days of the visit.</source>
        <translation>請選擇來訪日期。</translation>
    </message>
    <message>
        <source>Invitation for %1 made: the host can photograph the code.</source>
        <translation>已為%1建立邀請：受訪人可拍下此碼。</translation>
    </message>
    <message>
        <source>Invitation for %1</source>
        <translation>%1的邀請</translation>
    </message>
    <message>
        <source>Invitation for %1 cancelled.</source>
        <translation>%1的邀請已取消。</translation>
    </message>
    <message>
        <source>Added to the deny list: other terminals screen with it once synced.</source>
        <translation>已加入黑名單：其他終端同步後將據此篩查。</translation>
    </message>
    <message>
        <source>Entry lifted from the deny list.</source>
        <translation>已將該項目移出黑名單。</translation>
    </message>
    <message numerus="yes">
        <source>Roll call of %n visitor(s) on site sent to the printer.</source>
        <translation><numerusform>已將 %n 名在場訪客的點名表傳送至印表機。</numerusform>
        </translation>
    </message>
    <message>
        <source>Evacuation roll call</source>
        <translation>疏散點名</translation>
    </message>
    <message>
        <source>This invitation is no longer valid.</source>
        <translation>此邀請已失效。</translation>
    </message>
    <message>
        <source>No receipt printer is set up at this terminal: nothing was printed.</source>
        <translation>本終端未設定收據印表機，未列印任何內容。</translation>
    </message>
    <message>
        <source>Not printed yet: the printer says "%1". The slip waits in the print queue.</source>
        <translation>尚未列印：印表機顯示「%1」。訪客單正在列印佇列中等候。</translation>
    </message>
    <message>
        <source>Closed at end of day</source>
        <translation>已於日終關閉</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>已簽離</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>在場</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>等待批准</translation>
    </message>
    <message>
        <source>Held: see the visitor</source>
        <translation>已暫緩：請與訪客溝通</translation>
    </message>
    <message>
        <source>Turned away</source>
        <translation>已拒絕進入</translation>
    </message>
    <message>
        <source>the entry is not on this terminal</source>
        <translation>該紀錄不在本終端上</translation>
    </message>
</context>
<context>
    <name>lobbydesk::VisitorCheckIn</name>
    <message>
        <source>Floor %1</source>
        <translation>%1樓</translation>
    </message>
    <message>
        <source>This terminal cannot check visitors in.</source>
        <translation>此終端無法辦理訪客登記。</translation>
    </message>
    <message>
        <source>Your check-in could not be recorded; please see the front desk.</source>
        <translation>無法記錄您的登記，請前往前台。</translation>
    </message>
    <message>
        <source>Scan the QR code of your invitation, or type its code.</source>
        <translation>請掃描邀請的 QR 碼，或輸入邀請碼。</translation>
    </message>
    <message>
        <source>This kiosk has no slip printer.</source>
        <translation>此自助機未配備訪客單印表機。</translation>
    </message>
    <message>
        <source>Visitor slip</source>
        <translation>訪客單</translation>
    </message>
    <message>
        <source>The slip could not be printed.</source>
        <translation>訪客單無法列印。</translation>
    </message>
    <message>
        <source>The printer is not responding.</source>
        <translation>印表機沒有回應。</translation>
    </message>
    <message>
        <source>The printer is out of paper.</source>
        <translation>印表機缺紙。</translation>
    </message>
    <message>
        <source>The printer needs attention.</source>
        <translation>印表機需要處理。</translation>
    </message>
</context>
<context>
    <name>lobbydesk::VisitorCheckOut</name>
    <message>
        <source>Scan the QR code on your visitor slip, or type the visit number printed under it.</source>
        <translation>請掃描訪客單上的 QR 碼，或輸入其下方列印的訪客編號。</translation>
    </message>
    <message>
        <source>Your check-out could not be recorded; please see the front desk.</source>
        <translation>無法記錄您的簽離，請前往前台。</translation>
    </message>
</context>
</TS>