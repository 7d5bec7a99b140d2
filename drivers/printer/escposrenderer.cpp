#include "drivers/printer/escposrenderer.h"

#include "drivers/printer/printerbitmaps.h"
#include "drivers/printer/textlayout.h"

namespace lobbydesk {

namespace {

// Rows per GS v 0 command: small enough for clones with little buffer, large enough that the
// 8-byte header costs nothing.
constexpr int kBandRows = 256;

QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray out;
    for (const int v : values)
        out.append(char(v));
    return out;
}

// The printer's text state; commands go out only when it changes, so jobs stay short.
class Job
{
public:
    explicit Job(const PrinterProfile &profile)
        : m_profile(profile)
    {
        m_out += bytes({ 0x1b, 0x40 });
        if (m_profile.chineseMode)
            m_out += bytes({ 0x1c, 0x26 });
    }

    void align(Alignment alignment)
    {
        if (int(alignment) != m_align)
            m_out += bytes({ 0x1b, 0x61, m_align = int(alignment) });
    }

    void style(const TextStyle &style)
    {
        align(style.alignment);
        const int size = (widthFactor(style.size) - 1) << 4 | (heightFactor(style.size) - 1);
        if (size != m_size)
            m_out += bytes({ 0x1d, 0x21, m_size = size });
        if (int(style.bold) != m_bold)
            m_out += bytes({ 0x1b, 0x45, m_bold = int(style.bold) });
    }

    void text(const QByteArray &encoded)
    {
        m_out += encoded;
        m_out += '\n';
    }

    void raster(const QImage &bitmap)
    {
        // Bitmaps are full width, so alignment is already drawn in; left keeps clones that
        // apply ESC a to raster data from shifting them. Size and bold do not apply to rasters.
        align(Alignment::Left);
        m_out += EscPosRenderer::rasterCommand(bitmap);
    }

    void nativeQr(const receipt::Qr &qr)
    {
        // Field problem: Chinese text right before a QR blanks it on some printers. Flush the
        // line and leave Chinese mode around the symbol.
        if (!m_out.endsWith('\n'))
            m_out += '\n';
        if (m_profile.chineseMode)
            m_out += bytes({ 0x1c, 0x2e });
        align(Alignment::Centre);
        const QByteArray data = qr.payload.toUtf8();
        const int stored = int(data.size()) + 3;
        m_out += bytes({ 0x1d, 0x28, 0x6b, 0x04, 0x00, 0x31, 0x41, 0x32, 0x00 });
        m_out += bytes({ 0x1d, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x43, qr.moduleSize });
        m_out += bytes({ 0x1d, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x45, 48 + int(qr.ecc) });
        m_out += bytes({ 0x1d, 0x28, 0x6b, stored & 0xff, stored >> 8, 0x31, 0x50, 0x30 });
        m_out += data;
        m_out += bytes({ 0x1d, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x51, 0x30 });
        m_out += '\n';
        if (m_profile.chineseMode)
            m_out += bytes({ 0x1c, 0x26 });
    }

    void feed(int lines) { m_out += bytes({ 0x1b, 0x64, lines }); }
    void cut() { m_out += bytes({ 0x1d, 0x56, 0x42, 0x00 }); }

    [[nodiscard]] QByteArray take() { return std::move(m_out); }

private:
    const PrinterProfile &m_profile;
    QByteArray m_out;
    int m_align = 0;
    int m_size = 0;
    int m_bold = 0;
};

} // namespace

QByteArray EscPosRenderer::render(const Receipt &receipt) const
{
    const PaperWidth paper = m_profile.paper;
    Job job(m_profile);
    for (const receipt::Block &block : receipt.blocks()) {
        if (const auto *text = std::get_if<receipt::Text>(&block)) {
            for (const QString &line : wrapText(text->text, lineColumns(paper, text->style.size))) {
                if (const auto encoded = encodeForPrinterFont(line, m_profile.chineseMode)) {
                    job.style(text->style);
                    job.text(*encoded);
                } else {
                    job.raster(textLineBitmap(line, text->style, paper));
                }
            }
        } else if (const auto *qr = std::get_if<receipt::Qr>(&block)) {
            // Encoding in both modes refuses the same payloads and sizes either way.
            const QImage symbol = qrBitmap(qr->payload, qr->moduleSize, qr->ecc, paper);
            if (m_profile.qrMode == PrinterProfile::QrMode::Native)
                job.nativeQr(*qr);
            else
                job.raster(symbol);
        } else if (const auto *image = std::get_if<receipt::Image>(&block)) {
            job.raster(imageBitmap(image->image, paper));
        } else if (const auto *separator = std::get_if<receipt::Separator>(&block)) {
            job.raster(separatorBitmap(separator->style, paper));
        } else if (const auto *feed = std::get_if<receipt::Feed>(&block)) {
            job.feed(feed->lines);
        } else if (std::holds_alternative<receipt::Cut>(block)) {
            job.cut();
        }
    }
    return job.take();
}

QByteArray EscPosRenderer::rasterCommand(const QImage &bitmap)
{
    const QImage grey = bitmap.convertToFormat(QImage::Format_Grayscale8);
    const int rowBytes = (grey.width() + 7) / 8;
    QByteArray out;
    for (int top = 0; top < grey.height(); top += kBandRows) {
        const int rows = qMin(kBandRows, grey.height() - top);
        out += bytes(
            { 0x1d, 0x76, 0x30, 0x00, rowBytes & 0xff, rowBytes >> 8, rows & 0xff, rows >> 8 });
        for (int y = top; y < top + rows; ++y) {
            const uchar *row = grey.constScanLine(y);
            for (int b = 0; b < rowBytes; ++b) {
                uchar packed = 0;
                for (int bit = 0; bit < 8; ++bit) {
                    const int x = b * 8 + bit;
                    if (x < grey.width() && row[x] < 128)
                        packed |= uchar(0x80 >> bit);
                }
                out.append(char(packed));
            }
        }
    }
    return out;
}

} // namespace lobbydesk
