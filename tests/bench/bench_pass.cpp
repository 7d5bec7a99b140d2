// Goods passes at the exit: how long from a scan to the guard's verdict, and from a camera
// frame to the verdict; how big the token and its QR code are. docs/benchmarks.md keeps the
// figures and the method.
//
//   bench_pass [--passes N] [--uses U] [--n N] [--frames F] [--dir PARENT]
//
// A desk issues N passes over N/1000 days (request + approval, as the desk screen does), a
// guard terminal receives them as a pull from the hub would bring them and records U uses;
// then, on the guard's store opened as the app opens it:
// (a) scan to verdict: GoodsPasses::verify(token) of the last day's passes, unused (green) and
//     used (red, already used), against the same on a guard that holds the keys but no ledger,
//     the token check alone (base45, CBOR, Ed25519) and a typed pass number;
// (b) camera to verdict: the pass slip's QR (goodsPassSlip, 80 mm, rendered as printed) in a
//     1280x720 grey frame, off centre, scaled, turned, blurred, unevenly lit and noisy, decoded
//     by ZXing-C++ then verified;
// (c) the token of a 10-item pass: characters, bytes, the QR version at error correction M.
#include "app/goodspassslips.h"
#include "core/base45.h"
#include "core/error.h"
#include "core/eventhash.h"
#include "core/signing.h"
#include "drivers/printer/printerbitmaps.h"
#include "sampledirectory.h"
#include "services/goodspasses.h"
#include "services/projections.h"
#include "store/store.h"
#include "store/writetransaction.h"
#include "sync/hublink.h"

#include <QCborValue>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QPainter>
#include <QTemporaryDir>
#include <QThread>
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <random>
#include <vector>

using namespace lobbydesk;
using Clock = std::chrono::steady_clock;

namespace {

const QString kSite = QStringLiteral("tower");

struct Summary
{
    double p50, p90, p99, mean, max;
};

Summary summarize(std::vector<double> us)
{
    std::sort(us.begin(), us.end());
    const auto at
        = [&us](double p) { return us[std::min(us.size() - 1, size_t(p * double(us.size())))]; };
    return { at(0.50), at(0.90), at(0.99),
        std::accumulate(us.begin(), us.end(), 0.0) / double(us.size()), us.back() };
}

double micros(Clock::duration d)
{
    return std::chrono::duration<double, std::micro>(d).count();
}

// A terminal of the site: the sample directory, the hub link, a clock the bench sets.
struct Terminal
{
    Store store;
    QDateTime clock;
    GoodsPasses passes { store.events(),
        GoodsPasses::Options { [this] { return clock; }, std::chrono::hours(12) } };

    Terminal(const QString &dir, Store::Options options, const QDateTime &syncedAt)
        : store(dir, options)
        , clock(syncedAt)
    {
        loadSampleDirectory(store);
        saveHubLink(store.events().database(),
            { QStringLiteral("http://127.0.0.1:1"), kSite, QStringLiteral("Harbour Tower"),
                QStringLiteral("token"), {}, isoUtc(syncedAt) });
        markSynced(syncedAt);
    }

    void markSynced(const QDateTime &at)
    {
        WriteTransaction transaction(store.events().database());
        writeMeta(store.sql(), syncmeta::kLastSuccess, isoUtc(at));
        transaction.commit();
    }

    // The hub's site.terminal.enrolled for the desk's key.
    void learnKey(const SigningKeyPair &keys, const QString &name)
    {
        Event event;
        event.id = newEventId();
        event.terminalId = QStringLiteral("hub:") + kSite;
        event.seq = 1;
        event.type = QStringLiteral("site.terminal.enrolled");
        event.payload = QJsonDocument(
            QJsonObject { { QStringLiteral("terminal"), name }, { QStringLiteral("name"), name },
                { QStringLiteral("role"), QStringLiteral("desk") },
                { QStringLiteral("key_id"), signingKeyId(keys.publicKey) },
                { QStringLiteral("public_key"), QString::fromLatin1(keys.publicKey.toBase64()) } })
                            .toJson(QJsonDocument::Compact);
        event.occurredAt = clock;
        event.actor = QStringLiteral("");
        event.prevHash = QByteArray(32, '\0');
        event.hash = eventHash(event);
        store.events().storePulled({ event }, terminalProjection, [](QSqlDatabase &) {});
    }
};

const QStringList kItemNames { QStringLiteral("Office chair"), QStringLiteral("Archive boxes"),
    QStringLiteral("Printer paper"), QStringLiteral("办公桌"), QStringLiteral("Monitor"),
    QStringLiteral("文件柜"), QStringLiteral("Laptop"), QStringLiteral("Desk lamp"),
    QStringLiteral("Whiteboard"), QStringLiteral("Coffee machine") };

GoodsPassRequest requestFor(const QDateTime &from, int items, bool plate)
{
    GoodsPassRequest request;
    request.unit = QStringLiteral("1201");
    request.applicantId = QStringLiteral("P-0001"); // 张三, owner of 1201
    request.carrierName = QStringLiteral("Li Wei");
    request.carrierPhone = QStringLiteral("138 1234 5678");
    request.carrierIdLast4 = QStringLiteral("123x");
    for (int i = 0; i < items; ++i)
        request.items.append({ kItemNames[i % kItemNames.size()], double(1 + i % 12),
            i % 3 == 2 ? QStringLiteral("boxes") : QStringLiteral("pcs") });
    request.validFrom = from;
    request.validUntil = from.addSecs(12 * 3600);
    if (plate)
        request.plate = QStringLiteral("粤B·12345");
    request.reason = QStringLiteral("move-out");
    request.via = QStringLiteral("desk");
    return request;
}

// --- the camera frame -------------------------------------------------------------------

struct FrameStyle
{
    double pixelsPerDot; // 1.0: a 203 dpi slip seen at 8 px/mm (a 16 cm wide field)
    double angleDegrees;
    QPointF centre;
    unsigned seed;
};

// The paper (the slip's QR bitmap as printed: white roll, black dots) in a grey frame:
// scaled, turned, placed off centre; then printing and lighting: ink ~35, paper ~215, a desk
// of ~90 with texture, light falling from 110% to 55% across the frame with a hot spot, a
// focus blur (binomial 5x5, sigma ~1 px) and sensor noise (sigma 6 grey levels).
QImage cameraFrame(const QImage &paper, const FrameStyle &style)
{
    constexpr int kWidth = 1280;
    constexpr int kHeight = 720;
    std::mt19937 random(style.seed);
    std::normal_distribution<double> noise(0.0, 6.0);
    std::uniform_real_distribution<double> texture(-12.0, 12.0);

    QImage scene(kWidth, kHeight, QImage::Format_RGB32);
    scene.fill(QColor(90, 90, 90));
    {
        QPainter painter(&scene);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.translate(style.centre);
        painter.rotate(style.angleDegrees);
        painter.scale(style.pixelsPerDot, style.pixelsPerDot);
        // Printed: ink is not black, paper not white.
        QImage printed = paper.convertToFormat(QImage::Format_Grayscale8);
        for (int y = 0; y < printed.height(); ++y) {
            uchar *row = printed.scanLine(y);
            for (int x = 0; x < printed.width(); ++x)
                row[x] = row[x] < 128 ? 35 : 215;
        }
        // The roll goes on above and below the code.
        const QRectF sheet(-printed.width() / 2.0, -printed.height() / 2.0 - 80, printed.width(),
            printed.height() + 160);
        painter.fillRect(sheet, QColor(215, 215, 215));
        painter.drawImage(QPointF(-printed.width() / 2.0, -printed.height() / 2.0), printed);
    }
    QImage grey = scene.convertToFormat(QImage::Format_Grayscale8);

    // Focus blur: a separable binomial kernel (1 4 6 4 1) / 16.
    const auto blur = [](QImage &image, bool horizontal) {
        const QImage source = image.copy();
        const int w = image.width();
        const int h = image.height();
        static constexpr int kKernel[5] = { 1, 4, 6, 4, 1 };
        for (int y = 0; y < h; ++y) {
            uchar *out = image.scanLine(y);
            for (int x = 0; x < w; ++x) {
                int sum = 0;
                for (int k = -2; k <= 2; ++k) {
                    const int sx = horizontal ? std::clamp(x + k, 0, w - 1) : x;
                    const int sy = horizontal ? y : std::clamp(y + k, 0, h - 1);
                    sum += kKernel[k + 2] * source.constScanLine(sy)[sx];
                }
                out[x] = uchar(sum / 16);
            }
        }
    };
    blur(grey, true);
    blur(grey, false);

    const QPointF hotSpot(kWidth * 0.3, kHeight * 0.25);
    for (int y = 0; y < kHeight; ++y) {
        uchar *row = grey.scanLine(y);
        for (int x = 0; x < kWidth; ++x) {
            const double across = 1.10 - 0.55 * double(x) / kWidth;
            const double dx = (x - hotSpot.x()) / kWidth;
            const double dy = (y - hotSpot.y()) / kHeight;
            const double spot = 0.25 * std::exp(-(dx * dx + dy * dy) / 0.02);
            double value = row[x] * (across + spot) + noise(random);
            if (row[x] == 90) // the desk
                value += texture(random);
            row[x] = uchar(std::clamp(value, 0.0, 255.0));
        }
    }
    return grey;
}

std::optional<QString> decode(const QImage &frame)
{
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    const ZXing::Result result
        = ZXing::ReadBarcode({ frame.constBits(), frame.width(), frame.height(),
                                 ZXing::ImageFormat::Lum, int(frame.bytesPerLine()) },
            hints);
    if (!result.isValid())
        return std::nullopt;
    return QString::fromStdString(result.text());
}

// Modules per side at error correction M, as the printer encodes it; version = (side - 17) / 4.
int qrVersion(const QString &text)
{
    const ZXing::BitMatrix matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                                        .setEncoding(ZXing::CharacterSet::UTF8)
                                        .setEccLevel(4)
                                        .setMargin(0)
                                        .encode(text.toStdString(), 0, 0);
    return (matrix.width() - 17) / 4;
}

const receipt::Qr &slipQr(const Receipt &slip)
{
    for (const receipt::Block &block : slip.blocks())
        if (const auto *qr = std::get_if<receipt::Qr>(&block))
            return *qr;
    throw Error(Error::Kind::Invalid, QStringLiteral("the pass slip has no QR code"));
}

void printRow(const char *name, const Summary &s, const char *unit, double divisor)
{
    std::printf("%-34s %8.2f %8.2f %8.2f %8.2f %8.2f  %s\n", name, s.p50 / divisor, s.p90 / divisor,
        s.p99 / divisor, s.mean / divisor, s.max / divisor, unit);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        { QStringLiteral("passes"), QStringLiteral("Passes in the guard's ledger (1,000 a day)."),
            QStringLiteral("N"), QStringLiteral("10000") },
        { QStringLiteral("uses"), QStringLiteral("Uses in the guard's ledger (at most half)."),
            QStringLiteral("U"), QStringLiteral("5000") },
        { QStringLiteral("n"), QStringLiteral("Measured verifications of each kind."),
            QStringLiteral("N"), QStringLiteral("2000") },
        { QStringLiteral("frames"), QStringLiteral("Measured camera frames decoded and verified."),
            QStringLiteral("F"), QStringLiteral("1000") },
        { QStringLiteral("dir"), QStringLiteral("Parent of the temporary directory."),
            QStringLiteral("PARENT"), QDir::tempPath() },
    });
    parser.process(app);
    const int passCount = qMax(1000, parser.value(QStringLiteral("passes")).toInt());
    const int useCount = qBound(0, parser.value(QStringLiteral("uses")).toInt(), passCount / 2);
    const int n = qMax(100, parser.value(QStringLiteral("n")).toInt());
    const int frameRuns = qMax(100, parser.value(QStringLiteral("frames")).toInt());
    QTemporaryDir dir(parser.value(QStringLiteral("dir")) + QStringLiteral("/bench_pass-XXXXXX"));
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_pass: cannot create a directory in %s\n",
            qPrintable(parser.value(QStringLiteral("dir"))));
        return 1;
    }

    try {
        constexpr int kPerDay = 1000;
        const int days = (passCount + kPerDay - 1) / kPerDay;
        const QDateTime lastDay = QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC);
        const QDateTime firstDay = lastDay.addDays(-(days - 1));
        const Store::Options seeding { Database::Sync::Normal, false };

        // --- seed: the desk issues, the guard receives and lets goods out ------------------
        const auto seedStart = Clock::now();
        Terminal desk(dir.filePath(QStringLiteral("desk")), seeding, firstDay);
        const SigningKeyPair keys = generateSigningKeyPair();
        saveSigningKey(desk.store.events().database(), keys);
        desk.learnKey(keys, QStringLiteral("Front desk"));
        QList<GoodsPass> issued;
        issued.reserve(passCount);
        for (int i = 0; i < passCount; ++i) {
            desk.clock = firstDay.addDays(i / kPerDay).addSecs(i % kPerDay);
            const GoodsPass pass = desk.passes.request(
                requestFor(desk.clock, 1 + i % 10, i % 4 != 0), QStringLiteral("clerk"));
            issued.append(desk.passes.approve(pass.id, QStringLiteral("clerk")));
        }
        {
            Terminal guard(dir.filePath(QStringLiteral("guard")), seeding, firstDay);
            guard.learnKey(keys, QStringLiteral("Front desk"));
            QList<Event> events;
            desk.store.events().forEach([&](const Event &event) {
                if (event.terminalId == desk.store.terminalId())
                    events.append(event);
                return true;
            });
            guard.store.events().storePulled(events, terminalProjection, [](QSqlDatabase &) {});
            // Every other pass is used, oldest first, each on its own day.
            for (int i = 0, used = 0; used < useCount; i += 2, ++used) {
                guard.clock = issued[i].request.validFrom.addSecs(600);
                guard.passes.consume(issued[i].token, issued[i].request.items, {},
                    QStringLiteral("guard %1").arg(used % 7));
            }
            guard.clock = lastDay.addSecs(2 * 3600);
            guard.markSynced(guard.clock.addSecs(-600));
        }
        Terminal empty(
            dir.filePath(QStringLiteral("empty")), seeding, lastDay.addSecs(2 * 3600 - 600));
        empty.learnKey(keys, QStringLiteral("Front desk"));
        const double seedSeconds = micros(Clock::now() - seedStart) / 1e6;

        // --- (a) scan to verdict, on the guard's store opened as the app opens it -----------
        Store guardStore(dir.filePath(QStringLiteral("guard")));
        const QDateTime verifyAt = lastDay.addSecs(2 * 3600);
        const GoodsPasses guard(guardStore.events(),
            GoodsPasses::Options { [verifyAt] { return verifyAt; }, std::chrono::hours(12) });
        empty.clock = verifyAt;

        // The last day's passes: used ones (even) and unused ones (odd) when uses reach it.
        QList<const GoodsPass *> unused, used;
        for (int i = (days - 1) * kPerDay; i < passCount; ++i)
            (i % 2 == 0 && i / 2 < useCount ? used : unused).append(&issued[i]);
        if (used.isEmpty())
            for (int i = 0; i < qMin(useCount, 1000); i += 2)
                used.append(&issued[i]); // older, expired and used: still red
        const QHash<QString, PassSigner> memoryKeys { { signingKeyId(keys.publicKey),
            PassSigner { keys.publicKey, QStringLiteral("Front desk"), false } } };
        const PassSignerLookup inMemory
            = [&memoryKeys](const QString &id) -> std::optional<PassSigner> {
            const auto found = memoryKeys.constFind(id);
            return found == memoryKeys.cend() ? std::nullopt : std::optional(*found);
        };

        // Sanity: the verdicts are the ones measured.
        const auto expect = [](bool ok, const char *what) {
            if (!ok)
                throw Error(Error::Kind::Invalid,
                    QStringLiteral("unexpected verdict: %1").arg(QLatin1String(what)));
        };
        expect(guard.verify(unused.first()->token).reason == PassVerdict::Reason::Valid
                && guard.verify(unused.first()->token).itemsKnown,
            "unused pass on the guard");
        expect(guard.verify(used.first()->token).colour == PassVerdict::Colour::Red, "used pass");
        expect(guard.verify(unused.first()->number).reason == PassVerdict::Reason::Valid, "number");
        expect(empty.passes.verify(unused.first()->token).reason == PassVerdict::Reason::Valid,
            "empty ledger");

        enum Kind { TokenOnly, EmptyLedger, Unused, Used, Number, KindCount };
        const char *kindNames[KindCount] = { "token check only (no store)",
            "verify, keys but no ledger", "verify, ledger: unused -> green",
            "verify, ledger: used -> red", "verify typed number -> green" };
        std::vector<double> us[KindCount];
        const auto once = [&](int kind, int i) {
            const QString &token
                = (kind == Used ? used[i % used.size()] : unused[i % unused.size()])->token;
            const QString &number = unused[i % unused.size()]->number;
            const auto start = Clock::now();
            bool ok = false;
            switch (kind) {
            case TokenOnly:
                ok = verifyPassToken(token, inMemory).genuine();
                break;
            case EmptyLedger:
                ok = empty.passes.verify(token).colour == PassVerdict::Colour::Green;
                break;
            case Unused:
                ok = guard.verify(token).colour == PassVerdict::Colour::Green;
                break;
            case Used:
                ok = guard.verify(token).colour == PassVerdict::Colour::Red;
                break;
            case Number:
                ok = guard.verify(number).colour == PassVerdict::Colour::Green;
                break;
            }
            const double elapsed = micros(Clock::now() - start);
            expect(ok, kindNames[kind]);
            return elapsed;
        };
        for (int i = 0; i < 200; ++i) // warm-up: caches, prepared statements
            for (int kind = 0; kind < KindCount; ++kind)
                once(kind, i);
        constexpr int kBlock = 50;
        for (int done = 0, b = 0; done < n; done += kBlock, ++b)
            for (int k = 0; k < KindCount; ++k) {
                const int kind = (k + b) % KindCount; // rotate who goes first
                for (int i = done; i < qMin(n, done + kBlock); ++i)
                    us[kind].push_back(once(kind, i));
            }

        // --- (b) camera frame to verdict -----------------------------------------------------
        constexpr int kFrames = 20;
        std::vector<QImage> frames;
        std::vector<QString> frameTokens;
        std::mt19937 styleRandom(7);
        // 1.0-1.3 px per printed dot (203 dpi): 4-5.2 px per module of the 80 mm slip's QR, a
        // camera ~12 cm from the slip with a ~16 cm wide field. The sweep below goes smaller.
        std::uniform_real_distribution<double> scale(1.0, 1.3), angle(-12.0, 12.0),
            cx(380.0, 900.0), cy(230.0, 490.0);
        int slipQrSide = 0;
        int slipModule = 0;
        for (int f = 0; f < kFrames; ++f) {
            const GoodsPass &pass = *unused[f % unused.size()];
            const Receipt slip
                = goodsPassSlip(pass, QStringLiteral("Harbour Tower 海港大厦"), PaperWidth::Mm80);
            const receipt::Qr &qr = slipQr(slip);
            const QImage printed = qrBitmap(qr.payload, qr.moduleSize, qr.ecc, PaperWidth::Mm80);
            slipQrSide = printed.height();
            slipModule = qr.moduleSize;
            frames.push_back(cameraFrame(printed,
                { scale(styleRandom), angle(styleRandom), { cx(styleRandom), cy(styleRandom) },
                    unsigned(100 + f) }));
            frameTokens.push_back(pass.token);
        }
        if (qEnvironmentVariableIsSet("BENCH_PASS_FRAMES"))
            for (int f = 0; f < kFrames; ++f)
                frames[size_t(f)].save(QStringLiteral("%1/frame-%2.png")
                                           .arg(qEnvironmentVariable("BENCH_PASS_FRAMES"))
                                           .arg(f));
        int decodedFrames = 0;
        for (int f = 0; f < kFrames; ++f)
            decodedFrames += decode(frames[size_t(f)]) == frameTokens[size_t(f)] ? 1 : 0;
        // How small may the code get in the frame: 10 frames per size, untimed.
        QString sweep;
        for (const double perModule : { 2.4, 2.8, 3.2, 3.6, 4.0, 4.8 }) {
            int read = 0;
            for (int f = 0; f < 10; ++f) {
                const GoodsPass &pass = *unused[f % unused.size()];
                const QImage printed = qrBitmap(pass.token, slipModule, QrEcc::M, PaperWidth::Mm80);
                read += decode(cameraFrame(printed,
                            { perModule / slipModule, angle(styleRandom),
                                { cx(styleRandom), cy(styleRandom) }, unsigned(500 + f) }))
                        == pass.token
                    ? 1
                    : 0;
            }
            sweep += QStringLiteral("  %1 px/module: %2/10").arg(perModule, 0, 'f', 1).arg(read);
        }

        std::vector<double> decodeUs, cameraUs;
        int misses = 0;
        for (int i = -50; i < frameRuns; ++i) { // 50 unmeasured first
            const QImage &frame = frames[size_t((i + 50) % kFrames)];
            const auto start = Clock::now();
            const auto text = decode(frame);
            const auto decoded = Clock::now();
            const PassVerdict verdict = guard.verify(text.value_or(QString()));
            const auto end = Clock::now();
            if (i < 0)
                continue;
            misses += verdict.colour == PassVerdict::Colour::Green ? 0 : 1;
            decodeUs.push_back(micros(decoded - start));
            cameraUs.push_back(micros(end - start));
        }

        // --- (c) the token of a 10-item pass -------------------------------------------------
        desk.clock = lastDay.addSecs(3 * 3600);
        const auto tokenFacts = [&](int items, bool plate) {
            const GoodsPass pass = desk.passes.approve(
                desk.passes.request(requestFor(desk.clock, items, plate), QStringLiteral("clerk"))
                    .id,
                QStringLiteral("clerk"));
            const QString body = pass.token.mid(int(std::size(kPassTokenPrefix)) - 1);
            const qsizetype bytes = base45Decode(body).value_or(QByteArray()).size();
            const qsizetype payload
                = QCborValue(verifyPassToken(pass.token, inMemory).payload).toCbor().size();
            const int version = qrVersion(pass.token);
            std::printf(
                "  %2d items, %-8s  %4lld chars  %3lld bytes (payload %3lld)  QR version %d-M"
                " (%d modules; %.1f mm on 80 mm paper, %.1f mm on 58 mm)\n",
                items, plate ? "plate" : "no plate", (long long)pass.token.size(), (long long)bytes,
                (long long)payload, version, 17 + 4 * version, (17 + 4 * version + 8) * 4 / 8.0,
                (17 + 4 * version + 8) * 3 / 8.0);
        };

        std::printf("bench_pass: ledger %d passes + %d uses over %d days (seeded in %.0f s),"
                    " n=%d, frames=%d, nproc=%d, dir=%s\n",
            passCount, useCount, days, seedSeconds, n, frameRuns, QThread::idealThreadCount(),
            qPrintable(dir.path()));
        std::printf("\n(a) scan to verdict, milliseconds\n%-34s %8s %8s %8s %8s %8s\n", "", "p50",
            "p90", "p99", "mean", "max");
        Summary s[KindCount];
        for (int kind = 0; kind < KindCount; ++kind) {
            s[kind] = summarize(us[kind]);
            printRow(kindNames[kind], s[kind], "ms", 1000.0);
        }
        std::printf("ledger / no ledger (unused): p50 %.2f  p99 %.2f;  goal p99 < 20 ms: %s\n",
            s[Unused].p50 / s[EmptyLedger].p50, s[Unused].p99 / s[EmptyLedger].p99,
            std::max(s[Unused].p99, s[Used].p99) < 20000 ? "met" : "MISSED");

        const Summary d = summarize(decodeUs);
        const Summary c = summarize(cameraUs);
        std::printf("\n(b) camera frame 1280x720 to verdict, milliseconds (%d frames, %d of %d"
                    " decode in the check, %d runs without a green verdict)\n",
            kFrames, decodedFrames, kFrames, misses);
        std::printf("    slip QR: %d dots square incl. quiet zone at %d dots/module (80 mm)\n",
            slipQrSide, slipModule);
        std::printf("    decoded by module size in the frame:%s\n", qPrintable(sweep));
        printRow("ZXing decode", d, "ms", 1000.0);
        printRow("decode + verify", c, "ms", 1000.0);
        std::printf("camera / scan (unused): p50 %.1fx  p99 %.1fx;  goal p99 < 40 ms: %s\n",
            c.p50 / s[Unused].p50, c.p99 / s[Unused].p99, c.p99 < 40000 ? "met" : "MISSED");

        std::printf("\n(c) token size\n");
        tokenFacts(10, true);
        tokenFacts(10, false);
        tokenFacts(1, true);
        tokenFacts(30, true);
    } catch (const Error &error) {
        std::fprintf(stderr, "bench_pass: %s\n", qPrintable(error.message()));
        return 1;
    }
    return 0;
}
