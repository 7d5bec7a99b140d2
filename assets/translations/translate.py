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
