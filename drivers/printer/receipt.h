#pragma once

#include <QImage>
#include <QString>
#include <variant>
#include <vector>

namespace lobbydesk {

// The two roll widths our terminals take; everything else (dots, columns) follows from it.
enum class PaperWidth { Mm58, Mm80 };

// Printable dots across the roll: 384 (58 mm) or 576 (80 mm).
[[nodiscard]] int paperDots(PaperWidth paper);
// Columns of the 12×24 font: 32 or 48; a CJK character takes two.
[[nodiscard]] int paperColumns(PaperWidth paper);

enum class TextSize { Normal, DoubleHeight, DoubleWidth, DoubleBoth };
enum class Alignment { Left, Centre, Right };
enum class QrEcc { L, M, Q, H };

struct TextStyle
{
    TextSize size = TextSize::Normal;
    bool bold = false;
    Alignment alignment = Alignment::Left;
};

namespace receipt {
struct Text
{
    QString text; // one paragraph, wrapped by the renderers
    TextStyle style;
};
struct Qr
{
    QString payload;
    int moduleSize = 6; // dots per module, 1–16 (the printers' GS ( k range)
    QrEcc ecc = QrEcc::M;
};
struct Image
{
    QImage image; // scaled to the paper width when rendered
};
struct Separator
{
    enum class Style { Dashes, Rule };
    Style style = Style::Dashes;
};
struct Feed
{
    int lines = 1; // 0–255
};
struct Cut
{
};
using Block = std::variant<Text, Qr, Image, Separator, Feed, Cut>;
} // namespace receipt

// A receipt as an ordered list of blocks; renderers turn it into ESC/POS bytes or a preview.
// The add functions refuse what no renderer could print (lobbydesk::Error, Kind::Invalid), so a
// bad slip fails where it is composed, not halfway through printing.
class Receipt
{
public:
    explicit Receipt(PaperWidth paper = PaperWidth::Mm80)
        : m_paper(paper)
    { }

    [[nodiscard]] PaperWidth paperWidth() const { return m_paper; }
    void setPaperWidth(PaperWidth paper) { m_paper = paper; }

    // Control characters (including newlines) are refused: one call per paragraph.
    Receipt &addText(const QString &text, TextStyle style = {});
    Receipt &addQr(const QString &payload, int moduleSize = 6, QrEcc ecc = QrEcc::M);
    Receipt &addImage(const QImage &image);
    Receipt &addSeparator(receipt::Separator::Style style = receipt::Separator::Style::Dashes);
    Receipt &addFeed(int lines);
    Receipt &addCut();

    [[nodiscard]] const std::vector<receipt::Block> &blocks() const { return m_blocks; }

private:
    PaperWidth m_paper;
    std::vector<receipt::Block> m_blocks;
};

} // namespace lobbydesk
