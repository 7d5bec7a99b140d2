#include "samplereceipts.h"

#include <QImage>

using namespace lobbydesk;

Receipt chineseVisitorSlip(PaperWidth paper)
{
    Receipt r(paper);
    r.addText(QStringLiteral("访客单"), { TextSize::DoubleBoth, true, Alignment::Centre })
        .addText(QStringLiteral("Visitor Slip"), { TextSize::Normal, false, Alignment::Centre })
        .addSeparator()
        .addText(QStringLiteral("姓名：张伟"))
        .addText(QStringLiteral("单位：上海浦东新区陆家嘴金融贸易区管理委员会办公室"))
        .addText(QStringLiteral("被访人：李娜 (12F 财务部)"))
        .addText(QStringLiteral("来访时间：2026-11-22 14:20"))
        .addText(QStringLiteral("编号 No. 20261122-0042"),
            { TextSize::DoubleHeight, true, Alignment::Left })
        .addQr(kChineseSlipQr, 6, QrEcc::M)
        .addText(QStringLiteral("请于离开时在门岗交回此单"),
            { TextSize::Normal, false, Alignment::Centre })
        .addSeparator(receipt::Separator::Style::Rule)
        .addFeed(2)
        .addCut();
    return r;
}

Receipt englishVisitorSlip(PaperWidth paper)
{
    // A small procedural logo: fixed pixels, so the raster bytes are stable.
    QImage logo(64, 16, QImage::Format_RGB32);
    logo.fill(Qt::white);
    for (int y = 0; y < logo.height(); ++y) {
        for (int x = 0; x < logo.width(); ++x) {
            if ((x / 8 + y / 8) % 2 == 0)
                logo.setPixel(x, y, qRgb(0, 0, 0));
        }
    }
    Receipt r(paper);
    r.addImage(logo)
        .addText(QStringLiteral("VISITOR"), { TextSize::DoubleWidth, true, Alignment::Centre })
        .addSeparator()
        .addText(QStringLiteral("Name: Jonathan Alexander Smith-Worthington of Example Holdings"))
        .addText(QStringLiteral("Host: Maria Garcia, Facilities"),
            { TextSize::Normal, false, Alignment::Left })
        .addText(QStringLiteral("Valid until 18:00"), { TextSize::Normal, true, Alignment::Right })
        .addQr(kEnglishSlipQr, 5, QrEcc::Q)
        .addFeed(1)
        .addCut();
    return r;
}
