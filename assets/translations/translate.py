#!/usr/bin/env python3
"""Fills the .ts files from the glossary below, so a reviewer reads every translation in one
place. Run after `cmake --build <dir> --target update_translations` has added new sources.
Sources with no entry stay unfinished and are listed; the build fails on none of them,
but the test `translations: complete` does."""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

# English source -> (简体中文, 繁體中文)
GLOSSARY = {
    "Find a company or person": ("查找公司或人员", "查找公司或人員"),
    "Which floor? Search by name, unit or pinyin initials":
        ("在几楼？可按名称、单元号或拼音首字母查找", "在幾樓？可按名稱、單位號或拼音首字母查找"),
    "%1: floor %2": ("%1：%2 楼", "%1：%2 樓"),
    "Company, unit, name or its initials (e.g. zs)":
        ("公司、单元号、姓名或拼音首字母（如 zs）", "公司、單位號、姓名或拼音首字母（如 zs）"),
    "The building directory cannot be read on this terminal; please ask at the front desk":
        ("本终端无法读取楼宇名录，请到前台咨询", "本終端無法讀取大樓名錄，請到前台諮詢"),
    "Type at least 2 characters": ("请至少输入 2 个字", "請至少輸入 2 個字"),
    "Nobody in this building matches “%1”": ("本楼内没有与“%1”相符的公司或人员",
                                            "本大樓內沒有與「%1」相符的公司或人員"),
    "Floor %1": ("%1 楼", "%1 樓"),
    "Chinese input is being prepared; letters can be typed meanwhile":
        ("中文输入正在准备中，暂时可输入字母", "中文輸入正在準備中，暫時可輸入字母"),
    "Chinese input is not available on this terminal; letters can still be typed":
        ("本终端暂不能输入中文，仍可输入字母", "本終端暫不能輸入中文，仍可輸入字母"),
    "Hub unreachable, retrying": ("无法连接总部服务器，正在重试", "無法連線總部伺服器，正在重試"),
    "Hub refuses this terminal": ("总部服务器拒绝本终端", "總部伺服器拒絕本終端"),
    "Refused by the hub: %1": ("被总部拒收：%1", "被總部拒收：%1"),
    "Refused by the hub": ("被总部拒收的记录", "被總部拒收的記錄"),
    "Site": ("项目", "項目"),
    "not enrolled with a hub": ("尚未登记到总部服务器", "尚未登記到總部伺服器"),
    "Last sync problem": ("最近同步问题", "最近同步問題"),
    "none": ("无", "無"),
    "Coming soon: this service is not available on this terminal yet.":
        ("即将推出：本终端暂未开通此项服务。", "即將推出：本終端暫未開通此項服務。"),
    "Please ask at the front desk. Our staff will be glad to help you.":
        ("请到前台咨询，工作人员很乐意为您服务。", "請到前台諮詢，工作人員很樂意為您服務。"),
    "It arrives with a coming LobbyDesk update. Until then, record this service the way your site does today.":
        ("此功能将在后续 LobbyDesk 更新中提供。在此之前，请按现行方式办理并登记。",
         "此功能將在後續 LobbyDesk 更新中提供。在此之前，請按現行方式辦理並登記。"),
    "Back": ("返回", "返回"),
    "%1: %2": ("%1：%2", "%1：%2"),
    "Card reader": ("读卡器", "讀卡機"),
    "Printer": ("打印机", "印表機"),
    "Scanner": ("扫码器", "掃碼器"),
    "not set up": ("未配置", "未設定"),
    "ready": ("就绪", "就緒"),
    "reconnecting": ("正在重连", "正在重新連線"),
    "fault": ("故障", "故障"),
    "Visitor & tenant services": ("访客与租户自助服务", "訪客與租戶自助服務"),
    "‹ Back": ("‹ 返回", "‹ 返回"),
    "Cancel": ("取消", "取消"),
    "Welcome": ("欢迎", "歡迎"),
    "Touch a service to begin": ("请选择您要办理的业务", "請選擇您要辦理的業務"),
    "LobbyDesk": ("LobbyDesk 大堂服务", "LobbyDesk 大堂服務"),
    "Visitor check-in": ("访客登记", "訪客登記"),
    "I have an invitation": ("我有邀请码", "我有邀請碼"),
    "Visitor check-out": ("访客签离", "訪客簽離"),
    "Goods-release pass": ("物品放行条", "物品放行條"),
    "IC card services": ("IC卡业务", "IC卡業務"),
    "Visitors": ("访客", "訪客"),
    "Goods-release passes": ("物品放行", "物品放行"),
    "Key handover": ("钥匙管理", "鑰匙管理"),
    "IC cards": ("IC卡", "IC卡"),
    "This terminal": ("本终端", "本終端"),
    "Check a goods pass": ("查验放行条", "查驗放行條"),
    "Who is on site": ("在场人员", "在場人員"),
    "Register your visit and print a visitor slip": ("登记来访并打印访客单", "登記來訪並列印訪客單"),
    "Scan the QR code you received to check in": ("扫描您收到的二维码即可登记", "掃描您收到的二維碼即可登記"),
    "Scan your visitor slip when you leave": ("离开时扫描访客单签离", "離開時掃描訪客單簽離"),
    "Tenants: apply to take goods out of the building": ("租户：申请将物品带出大楼", "租戶：申請將物品帶出大樓"),
    "Tenants: new, replacement or lost access card": ("租户：新办、补办或挂失门禁卡", "租戶：新辦、補辦或掛失門禁卡"),
    "Today's visits, approvals, deny list": ("今日来访、审批、黑名单", "今日來訪、審批、黑名單"),
    "Requests to approve, issued and used passes": ("待审批申请、已签发及已使用的放行条", "待審批申請、已簽發及已使用的放行條"),
    "Sign keys out and back in, overdue keys": ("钥匙借出与归还、逾期未还", "鑰匙借出與歸還、逾期未還"),
    "Issue, replace, block and cancel cards": ("办卡、补卡、挂失与注销", "辦卡、補卡、掛失與註銷"),
    "Terminal id, database, event log": ("终端编号、数据库、事件日志", "終端編號、資料庫、事件日誌"),
    "Scan the pass QR or type its number": ("扫描放行条二维码或输入编号", "掃描放行條二維碼或輸入編號"),
    "Visitors and contractors in the building": ("楼内的访客与施工人员", "樓內的訪客與施工人員"),
    "‹ Home": ("‹ 首页", "‹ 首頁"),
    "Front desk": ("客服前台", "客服前台"),
    "Guard post": ("保安岗", "保安崗"),
    "Hub connected": ("已连接总部服务器", "已連線總部伺服器"),
    "No hub configured": ("未配置总部服务器", "未設定總部伺服器"),
    "Last sync: %1": ("上次同步：%1", "上次同步：%1"),
    "never": ("从未", "從未"),
    "Queued events: %1": ("待上传事件：%1", "待上傳事件：%1"),
    "Terminal id": ("终端编号", "終端編號"),
    "Terminal name": ("终端名称", "終端名稱"),
    "(not set)": ("（未设置）", "（未設定）"),
    "Database": ("数据库", "資料庫"),
    "Schema version": ("数据库结构版本", "資料庫結構版本"),
    "Events recorded": ("已记录事件", "已記錄事件"),
    "Waiting for the hub": ("等待上传", "等待上傳"),
    "LobbyDesk version": ("LobbyDesk 版本", "LobbyDesk 版本"),
    # Goods-release passes (docs/goods-passes.md)
    "Pass %1 issued.": ("放行条 %1 已签发。", "放行條 %1 已簽發。"),
    "Request rejected.": ("申请已驳回。", "申請已駁回。"),
    "Pass %1 revoked: guard terminals refuse it once synced.": ("放行条 %1 已作废：保安终端同步后将拒绝放行。", "放行條 %1 已作廢：警衛終端同步後將拒絕放行。"),
    "Choose a pass first.": ("请先选择一张放行条。", "請先選擇一張放行條。"),
    "No receipt printer is set up at this terminal: the pass is recorded, but its slip cannot be printed here.": ("本终端未配置小票打印机：放行条已记录，但无法在此打印。", "本終端未設定收據印表機：放行條已記錄，但無法在此列印。"),
    "Goods pass %1": ("物品放行条 %1", "物品放行條 %1"),
    "Goods pass request": ("物品放行申请", "物品放行申請"),
    "The slip waits in the print queue: the printer says \"%1\".": ("单据在打印队列中等待：打印机提示“%1”。", "單據在列印佇列中等待：印表機顯示「%1」。"),
    "Slip sent to the printer.": ("单据已发送到打印机。", "單據已傳送到印表機。"),
    "Unit %1 is not in the building directory.": ("楼宇名录中没有 %1 单元。", "大樓名錄中沒有 %1 單位。"),
    "The applicant is not in the building directory.": ("申请人不在楼宇名录中。", "申請人不在大樓名錄中。"),
    "%1 is no longer in the building directory.": ("%1 已不在楼宇名录中。", "%1 已不在大樓名錄中。"),
    "%1 is not registered for unit %2.": ("%1 未登记在 %2 单元名下。", "%1 未登記在 %2 單位名下。"),
    "%1 owns unit %2.": ("%1 是 %2 单元的业主。", "%1 是 %2 單位的業主。"),
    "%1 is an authorised signatory of unit %2.": ("%1 是 %2 单元的授权签字人。", "%1 是 %2 單位的授權簽署人。"),
    "%1 is the tenant of unit %2.": ("%1 是 %2 单元的租户。", "%1 是 %2 單位的租戶。"),
    "%1 may not take goods out of unit %2: only the owner, the tenant or an authorised signatory may.": ("%1 无权从 %2 单元带出物品：仅业主、租户或授权签字人可以申请。", "%1 無權從 %2 單位帶出物品：僅業主、租戶或授權簽署人可以申請。"),
    "A tenant moving out needs the owner's consent: note how it was given.": ("租户搬离须经业主同意：请注明业主以何种方式同意。", "租戶搬離須經業主同意：請註明業主以何種方式同意。"),
    "Unit %1's fees are in arrears (%2).": ("%1 单元欠缴物业费（%2）。", "%1 單位拖欠管理費（%2）。"),
    "No arrears flag for unit %1.": ("%1 单元无欠费记录。", "%1 單位無欠費記錄。"),
    "The window ended on %1 while the request waited.": ("申请等待审批期间，有效期已于 %1 结束。", "申請等待審批期間，有效期已於 %1 結束。"),
    "Valid %1 to %2.": ("有效期 %1 至 %2。", "有效期 %1 至 %2。"),
    "This terminal cannot sign passes until it is enrolled with the hub.": ("本终端登记到总部服务器后才能签发放行条。", "本終端登記到總部伺服器後才能簽發放行條。"),
    "Give the reason for rejecting (at most %1 characters).": ("请填写驳回原因（最多 %1 个字）。", "請填寫駁回原因（最多 %1 個字）。"),
    "There is no such goods pass.": ("找不到该放行条。", "找不到該放行條。"),
    "Only an issued pass can be revoked.": ("只有已签发的放行条才能作废。", "只有已簽發的放行條才能作廢。"),
    "Pass %1 was already used at %2; it cannot be revoked.": ("放行条 %1 已于 %2 使用，无法作废。", "放行條 %1 已於 %2 使用，無法作廢。"),
    "Give the reason for revoking (at most %1 characters).": ("请填写作废原因（最多 %1 个字）。", "請填寫作廢原因（最多 %1 個字）。"),
    "this terminal": ("本终端", "本終端"),
    "This terminal knows no pass %1: scan its QR code instead.": ("本终端查不到放行条 %1：请改为扫描其二维码。", "本終端查無放行條 %1：請改為掃描其二維碼。"),
    "This code is not a LobbyDesk pass.": ("此码不是 LobbyDesk 放行条。", "此碼不是 LobbyDesk 放行條。"),
    "The pass code is damaged or incomplete: scan it again or type the pass number.": ("放行条二维码已损坏或不完整：请重新扫描或输入放行条编号。", "放行條二維碼已損壞或不完整：請重新掃描或輸入放行條編號。"),
    "Signed by a terminal this site does not know: a pass of another building, or a forgery.": ("签发终端不属于本项目：可能是其他大楼的放行条，或为伪造。", "簽發終端不屬於本項目：可能是其他大樓的放行條，或為偽造。"),
    "Signed by %1, a terminal the site has revoked: do not accept it.": ("由已被本项目撤销授权的终端 %1 签发：请勿放行。", "由已被本項目撤銷授權的終端 %1 簽發：請勿放行。"),
    "The signature does not match: the pass was altered or forged.": ("签名不符：放行条已被篡改或伪造。", "簽章不符：放行條已被竄改或偽造。"),
    "This is a LobbyDesk code, but not a goods pass.": ("这是 LobbyDesk 的二维码，但不是物品放行条。", "這是 LobbyDesk 的二維碼，但不是物品放行條。"),
    "This pass is for another building.": ("此放行条属于其他大楼。", "此放行條屬於其他大樓。"),
    "Not valid yet: from %1.": ("尚未生效：%1 起有效。", "尚未生效：%1 起有效。"),
    "Expired on %1.": ("已于 %1 过期。", "已於 %1 過期。"),
    "Revoked by the desk on %1: %2.": ("前台已于 %1 作废：%2。", "前台已於 %1 作廢：%2。"),
    "Already used on %1 at %2 (guard %3).": ("已于 %1 在 %2 使用（保安：%3）。", "已於 %1 在 %2 使用（警衛：%3）。"),
    "not recorded": ("未记录", "未記錄"),
    "Valid, but this terminal has not synced for %1 hours: a revocation or a use elsewhere may not be known here.": ("有效，但本终端已 %1 小时未同步：可能不知道该放行条已被作废或已在别处使用。", "有效，但本終端已 %1 小時未同步：可能無法得知該放行條已被作廢或已在他處使用。"),
    "Valid, but this terminal has never synced: a revocation or a use elsewhere may not be known here.": ("有效，但本终端从未同步：可能不知道该放行条已被作废或已在别处使用。", "有效，但本終端從未同步：可能無法得知該放行條已被作廢或已在他處使用。"),
    "Valid pass.": ("放行条有效。", "放行條有效。"),
    "Tick off each item of the pass.": ("请逐项核对放行条上的物品。", "請逐項核對放行條上的物品。"),
    "Item %1: between 0 and %2 can leave.": ("第 %1 项：放行数量须在 0 到 %2 之间。", "第 %1 項：放行數量須在 0 到 %2 之間。"),
    "The note is at most %1 characters.": ("备注最多 %1 个字。", "備註最多 %1 個字。"),
    "Not everything on the pass is leaving: note what stays or what differs.": ("并非全部物品放行：请备注留下或不符的物品。", "並非全部物品放行：請備註留下或不符的物品。"),
    "There is no such goods pass request.": ("找不到该放行申请。", "找不到該放行申請。"),
    "Waiting for approval": ("待审批", "待審批"),
    "Issued": ("已签发", "已簽發"),
    "Rejected": ("已驳回", "已駁回"),
    "Revoked": ("已作废", "已作廢"),
    "Applicant entitled": ("申请人资格", "申請人資格"),
    "Owner's consent": ("业主同意", "業主同意"),
    "Fees": ("物业费", "管理費"),
    "Validity window": ("有效期", "有效期"),
    "Used twice": ("重复使用", "重複使用"),
    "Used": ("已使用", "已使用"),
    "Pending": ("待审批", "待審批"),
    "Alerts": ("异常", "異常"),
    "Today": ("今日", "今日"),
    "Search by pass number, unit or plate": ("按放行条编号、单元号或车牌查找", "按放行條編號、單位號或車牌查找"),
    "Request from unit %1": ("%1 单元的申请", "%1 單位的申請"),
    "Unit %1 · %2 · %3 items": ("%1 单元 · %2 · %3 项物品", "%1 單位 · %2 · %3 項物品"),
    "No pass matches this search.": ("没有符合条件的放行条。", "沒有符合條件的放行條。"),
    "Nothing in this list.": ("暂无记录。", "暫無記錄。"),
    "Choose a request or a pass from the list.": ("请从列表中选择申请或放行条。", "請從列表中選擇申請或放行條。"),
    "Unit": ("单元", "單位"),
    "Applicant": ("申请人", "申請人"),
    "Carrier": ("搬运人", "搬運人"),
    "Vehicle": ("车辆", "車輛"),
    "Valid": ("有效期", "有效期"),
    "Reason": ("事由", "事由"),
    "Returns by": ("预计归还", "預計歸還"),
    "not returnable": ("不归还", "不歸還"),
    "Requested": ("申请时间", "申請時間"),
    "%1 at the %2": ("%1，于%2", "%1，於%2"),
    "kiosk": ("自助终端", "自助終端"),
    "desk": ("前台", "前台"),
    "Decided": ("审批", "審批"),
    "not yet": ("尚未审批", "尚未審批"),
    "Items (%1)": ("物品（%1 项）", "物品（%1 項）"),
    "Used %1 times: only one use is allowed. Check both records with the guards.": ("已使用 %1 次：每张放行条仅限使用一次。请与保安核对这些记录。", "已使用 %1 次：每張放行條僅限使用一次。請與警衛核對這些記錄。"),
    "Released at the exit": ("已在出口放行", "已在出口放行"),
    "%1 at %2, guard %3": ("%1 于 %2，保安：%3", "%1 於 %2，警衛：%3"),
    "partial release": ("部分放行", "部分放行"),
    "Checks": ("核查项", "核查項"),
    "Why revoke it (required to revoke)": ("作废原因（作废时必填）", "作廢原因（作廢時必填）"),
    "Owner's consent, or why you reject it": ("业主同意方式，或驳回原因", "業主同意方式，或駁回原因"),
    "Approve and print": ("批准并打印", "核准並列印"),
    "Reject": ("驳回", "駁回"),
    "Reprint slip": ("重新打印放行条", "重新列印放行條"),
    "Reprint receipt": ("重新打印回执", "重新列印回執"),
    "Revoke": ("作废", "作廢"),
    "Moving out": ("搬离", "搬離"),
    "Repair": ("维修", "維修"),
    "Disposal": ("报废", "報廢"),
    "Return to supplier": ("退回供应商", "退回供應商"),
    "Relocation within the company": ("公司内部调拨", "公司內部調撥"),
    "Other": ("其他", "其他"),
    "pcs": ("件", "件"),
    "boxes": ("箱", "箱"),
    "sets": ("套", "套"),
    "bags": ("袋", "袋"),
    "pallets": ("托", "棧板"),
    "kg": ("公斤", "公斤"),
    "Received": ("受理时间", "受理時間"),
    "Reference": ("受理编号", "受理編號"),
    "This is not a pass. The front desk checks the request; the pass slip with its QR code is collected there.": ("本单不是放行条。前台审核申请后，请到前台领取带二维码的放行条。", "本單不是放行條。前台審核申請後，請到前台領取附二維碼的放行條。"),
    "Goods release pass": ("物品放行条", "物品放行條"),
    "Show this slip at the exit. Valid once.": ("请在出口出示本放行条，限用一次。", "請在出口出示本放行條，限用一次。"),
    "Approved": ("批准", "核准"),
    "Enter %1.": ("请输入%1。", "請輸入%1。"),
    "%1 is at most %2 characters.": ("%1最多 %2 个字。", "%1最多 %2 個字。"),
    "Choose the unit the goods leave from.": ("请选择物品搬出的单元。", "請選擇物品搬出的單位。"),
    "Say who applies: tap their card or pick them.": ("请指定申请人：刷卡或从列表中选择。", "請指定申請人：刷卡或從列表中選擇。"),
    "the carrier's name": ("搬运人姓名", "搬運人姓名"),
    "Enter the carrier's mobile number.": ("请输入搬运人手机号。", "請輸入搬運人手機號碼。"),
    "This is not a phone number: a mainland mobile has 11 digits, a Hong Kong or Macau number 8, a Taiwan mobile starts 09; others start with +.": ("这不是有效的电话号码：内地手机号为 11 位，香港或澳门号码为 8 位，台湾手机号以 09 开头；其他号码请以 + 开头。", "這不是有效的電話號碼：大陸手機號碼為 11 位，香港或澳門號碼為 8 位，台灣手機號碼以 09 開頭；其他號碼請以 + 開頭。"),
    "Enter the last 4 characters of the carrier's ID: digits, the last may be X.": ("请输入搬运人证件号后 4 位：须为数字，最后一位可为 X。", "請輸入搬運人證件號碼後 4 碼：須為數字，最後一碼可為 X。"),
    "List at least one item.": ("请至少填写一项物品。", "請至少填寫一項物品。"),
    "A pass lists at most %1 items; this one has %2. Make a second pass for the rest.": ("一张放行条最多列 %1 项物品，本单有 %2 项。其余物品请另开一张放行条。", "一張放行條最多列 %1 項物品，本單有 %2 項。其餘物品請另開一張放行條。"),
    "Item %1 needs a name.": ("请填写第 %1 项物品的名称。", "請填寫第 %1 項物品的名稱。"),
    "Item %1's name is at most %2 characters.": ("第 %1 项物品的名称最多 %2 个字。", "第 %1 項物品的名稱最多 %2 個字。"),
    "Item %1's quantity must be more than 0 and at most %2.": ("第 %1 项物品的数量须大于 0 且不超过 %2。", "第 %1 項物品的數量須大於 0 且不超過 %2。"),
    "Item %1 is counted in whole numbers.": ("第 %1 项物品的数量须为整数。", "第 %1 項物品的數量須為整數。"),
    "Choose how item %1 is counted.": ("请选择第 %1 项物品的计量单位。", "請選擇第 %1 項物品的計量單位。"),
    "Choose when the goods leave (from and until).": ("请选择物品搬出的时间（开始和结束）。", "請選擇物品搬出的時間（開始與結束）。"),
    "The pass must end after it starts.": ("结束时间须晚于开始时间。", "結束時間須晚於開始時間。"),
    "This window is already over.": ("该时间段已经过去。", "該時段已經過去。"),
    "A pass is valid for at most %1 days.": ("放行条有效期最长 %1 天。", "放行條有效期最長 %1 天。"),
    "This is not a vehicle plate (for example 粤B12345, AB1234); leave it empty if the goods leave on foot.": ("这不是有效的车牌号（例如 粤B12345、AB1234）；如物品不用车辆运出，请留空。", "這不是有效的車牌號碼（例如 粤B12345、AB1234）；如物品不用車輛運出，請留空。"),
    "Say when the goods come back.": ("请填写物品归还日期。", "請填寫物品歸還日期。"),
    "The return date must be after the goods leave and within a year.": ("归还日期须晚于搬出时间，且在一年以内。", "歸還日期須晚於搬出時間，且在一年以內。"),
    "Choose why the goods leave.": ("请选择放行事由。", "請選擇放行事由。"),
    "Say why the goods leave.": ("请说明放行事由。", "請說明放行事由。"),
    "This request was already approved.": ("该申请已批准。", "該申請已核准。"),
    "This request was already rejected.": ("该申请已被驳回。", "該申請已被駁回。"),
    "This pass was already revoked.": ("该放行条已作废。", "該放行條已作廢。"),
}

def fill(path: Path, column: int) -> list[str]:
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source in GLOSSARY:
            translation.text = GLOSSARY[source][column]
            translation.attrib.pop("type", None)
        elif translation.get("type") == "unfinished" or not translation.text:
            missing.append(source)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing

def main() -> int:
    here = Path(__file__).resolve().parent
    check = "--check" in sys.argv
    status = 0
    for name, column in (("lobbydesk_zh_CN.ts", 0), ("lobbydesk_zh_TW.ts", 1)):
        path = here / name
        if check:
            root = ET.parse(path).getroot()
            missing = [m.findtext("source") for m in root.iter("message")
                       if m.find("translation").get("type") == "unfinished"
                       or not (m.find("translation").text or "").strip()]
        else:
            missing = fill(path, column)
        for source in missing:
            print(f"{name}: no translation for {source!r}")
            status = 1
    return status

if __name__ == "__main__":
    sys.exit(main())
