// `lobbydesk-ctl pass verify`, the real binary on a guard terminal's data directory: the
// stores are seeded through the library (a desk that issues, a gate that uses, the hub's key
// events), and the CLI must give the guard screen's verdict, its exit code and its JSON.
#include "core/base45.h"
#include "core/eventhash.h"
#include "core/signing.h"
#include "directory/directorycsv.h"
#include "sampledirectory.h"
#include "services/goodspasses.h"
#include "services/projections.h"
#include "store/store.h"
#include "store/writetransaction.h"
#include "sync/hublink.h"
#include "tempdatadir.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <catch2/catch.hpp>

using namespace lobbydesk;

namespace {

// The binary reads the real clock: the passes are issued around it.
const QDateTime kNow = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
constexpr int kGreen = 0;
constexpr int kAmber = 3;
constexpr int kRed = 4;

struct Run
{
    int exitCode;
    QString out;
    QString err;
    [[nodiscard]] QJsonObject json() const
    {
        return QJsonDocument::fromJson(out.toUtf8()).object();
    }
};

Run ctl(const QStringList &arguments, const QByteArray &stdinBytes = {})
{
    QProcess process;
    process.start(QStringLiteral(LOBBYDESK_CTL), arguments);
    REQUIRE(process.waitForStarted(30000));
    process.write(stdinBytes);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}

// A terminal of a site: the sample directory, the hub link, synced at `syncedAt`.
struct Terminal
{
    TempDataDir dir;
    Store store { dir.path() };
    QDateTime clock = kNow;
    GoodsPasses passes { store.events(),
        GoodsPasses::Options { [this] { return clock; }, std::chrono::hours(12) } };

    explicit Terminal(const QString &site, const QDateTime &syncedAt)
    {
        loadSampleDirectory(store);
        saveHubLink(store.events().database(),
            { QStringLiteral("http://127.0.0.1:1"), site, QStringLiteral("Harbour Tower"),
                QStringLiteral("token"), {}, isoUtc(kNow) });
        WriteTransaction synced(store.events().database());
        writeMeta(store.sql(), syncmeta::kLastSuccess, isoUtc(syncedAt));
        synced.commit();
    }

    void pullFrom(const Terminal &from)
    {
        QList<Event> events;
        from.store.events().forEach([&](const Event &event) {
            if (event.terminalId == from.store.terminalId())
                events.append(event);
            return true;
        });
        store.events().storePulled(events, terminalProjection, [](QSqlDatabase &) {});
    }

    // What the hub sends every terminal of the site when `owner` enrols.
    void learnKey(const Terminal &owner, const SigningKeyPair &keys, const QString &name)
    {
        Event event;
        event.id = newEventId();
        event.terminalId = QStringLiteral("hub:") + owner.store.terminalId();
        event.seq = 1;
        event.type = QStringLiteral("site.terminal.enrolled");
        event.payload = QJsonDocument(
            QJsonObject { { QStringLiteral("terminal"), owner.store.terminalId() },
                { QStringLiteral("name"), name },
                { QStringLiteral("role"), QStringLiteral("desk") },
                { QStringLiteral("key_id"), signingKeyId(keys.publicKey) },
                { QStringLiteral("public_key"), QString::fromLatin1(keys.publicKey.toBase64()) } })
                            .toJson(QJsonDocument::Compact);
        event.occurredAt = kNow;
        event.actor = QStringLiteral("");
        event.prevHash = QByteArray(32, '\0');
        event.hash = eventHash(event);
        store.events().storePulled({ event }, terminalProjection, [](QSqlDatabase &) {});
    }
};

GoodsPassRequest request(const QDateTime &from, const QDateTime &until)
{
    GoodsPassRequest request;
    request.unit = QStringLiteral("1201");
    request.applicantId = QStringLiteral("P-0001"); // 张三, owner of 1201
    request.carrierName = QStringLiteral("Li Wei");
    request.carrierPhone = QStringLiteral("138 1234 5678");
    request.carrierIdLast4 = QStringLiteral("123x");
    request.items = { { QStringLiteral("Office chair"), 4, QStringLiteral("pcs") },
        { QStringLiteral("Archive boxes"), 12, QStringLiteral("boxes") },
        { QStringLiteral("Printer paper"), 7.5, QStringLiteral("kg") } };
    request.validFrom = from;
    request.validUntil = until;
    request.plate = QStringLiteral("粤B·12345");
    request.reason = QStringLiteral("move-out");
    request.via = QStringLiteral("desk");
    return request;
}

GoodsPass issue(Terminal &desk, const QDateTime &from, const QDateTime &until)
{
    const QDateTime before = desk.clock;
    desk.clock = qMin(from, kNow);
    const GoodsPass pass
        = desk.passes.approve(desk.passes.request(request(from, until), QStringLiteral("clerk")).id,
            QStringLiteral("clerk"));
    desk.clock = before;
    return pass;
}

// One character of the token changed so that it still decodes: the low digit of a base45
// triple inside the signature, moved by one. Only the signature's bytes change.
QString flipOneCharacter(const QString &token)
{
    static const QString alphabet = QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:");
    const QString prefix = QStringLiteral("LD1:");
    QString body = token.mid(prefix.size());
    const qsizetype at = 3 * (body.size() / 3 - 4);
    const qsizetype digit = alphabet.indexOf(body[at]);
    body[at] = alphabet[digit < 44 ? digit + 1 : digit - 1];
    REQUIRE(base45Decode(body).has_value());
    return prefix + body;
}

} // namespace

TEST_CASE("pass verify gives the guard's verdict, its exit code and its JSON", "[ctl][pass]")
{
    const QString site = QStringLiteral("tower");
    Terminal desk(site, kNow);
    Terminal gate(site, kNow);
    Terminal guard(site, kNow);
    const SigningKeyPair deskKeys = generateSigningKeyPair();
    saveSigningKey(desk.store.events().database(), deskKeys);
    const SigningKeyPair gateKeys = generateSigningKeyPair();
    saveSigningKey(gate.store.events().database(), gateKeys);
    for (Terminal *terminal : { &desk, &gate, &guard }) {
        terminal->learnKey(desk, deskKeys, QStringLiteral("Front desk"));
        terminal->learnKey(gate, gateKeys, QStringLiteral("Gate A"));
    }

    const GoodsPass valid = issue(desk, kNow.addSecs(-3600), kNow.addSecs(8 * 3600));
    const GoodsPass used = issue(desk, kNow.addSecs(-3600), kNow.addSecs(8 * 3600));
    const GoodsPass revoked = issue(desk, kNow.addSecs(-3600), kNow.addSecs(8 * 3600));
    const GoodsPass expired = issue(desk, kNow.addDays(-2), kNow.addDays(-2).addSecs(8 * 3600));
    const GoodsPass tomorrow = issue(desk, kNow.addDays(1), kNow.addDays(2));
    desk.passes.revoke(revoked.id, QStringLiteral("clerk"), QStringLiteral("tenant cancelled"));
    gate.pullFrom(desk);
    QList<GoodsItem> released = used.request.items;
    released[1].quantity = 10;
    gate.passes.consume(
        used.token, released, QStringLiteral("2 boxes stay"), QStringLiteral("Wu Gang"));
    guard.pullFrom(desk);
    guard.pullFrom(gate);

    Terminal otherDesk(QStringLiteral("other-tower"), kNow);
    const SigningKeyPair otherKeys = generateSigningKeyPair();
    saveSigningKey(otherDesk.store.events().database(), otherKeys);
    const GoodsPass foreign = issue(otherDesk, kNow.addSecs(-3600), kNow.addSecs(8 * 3600));

    const auto verify = [&guard](const QString &text, bool json = true) {
        QStringList arguments { QStringLiteral("--data"), guard.dir.path(), QStringLiteral("pass"),
            QStringLiteral("verify"), text };
        if (json)
            arguments << QStringLiteral("--json");
        return ctl(arguments);
    };

    SECTION("a valid pass is green, with its items and no uses")
    {
        const Run run = verify(valid.token);
        CHECK(run.exitCode == kGreen);
        const QJsonObject verdict = run.json();
        CHECK(verdict.value(QStringLiteral("verdict")).toString() == QStringLiteral("green"));
        CHECK(verdict.value(QStringLiteral("reason")).toString() == QStringLiteral("valid"));
        CHECK(verdict.value(QStringLiteral("message")).toString() == QStringLiteral("Valid pass."));
        CHECK(verdict.value(QStringLiteral("number")).toString() == valid.number);
        CHECK(verdict.value(QStringLiteral("pass_id")).toString() == valid.id);
        CHECK(verdict.value(QStringLiteral("unit")).toString() == QStringLiteral("1201"));
        CHECK(verdict.value(QStringLiteral("plate")).toString() == QStringLiteral("粤B12345"));
        CHECK(verdict.value(QStringLiteral("signer")).toString() == QStringLiteral("Front desk"));
        CHECK(
            verdict.value(QStringLiteral("valid_from")).toString() == isoUtc(kNow.addSecs(-3600)));
        CHECK(verdict.value(QStringLiteral("valid_until")).toString()
            == isoUtc(kNow.addSecs(8 * 3600)));
        CHECK(verdict.value(QStringLiteral("item_count")).toInt() == 3);
        CHECK(verdict.value(QStringLiteral("items_known")).toBool());
        const QJsonArray items = verdict.value(QStringLiteral("items")).toArray();
        REQUIRE(items.size() == 3);
        CHECK(items[0].toObject().value(QStringLiteral("name")).toString()
            == QStringLiteral("Office chair"));
        CHECK(items[2].toObject().value(QStringLiteral("quantity")).toDouble() == 7.5);
        CHECK(items[2].toObject().value(QStringLiteral("uom")).toString() == QStringLiteral("kg"));
        CHECK(verdict.value(QStringLiteral("uses")).toArray().isEmpty());
        CHECK(verdict.value(QStringLiteral("hours_since_sync")).toInt() == 0);

        const Run text = verify(valid.token, false);
        CHECK(text.exitCode == kGreen);
        CHECK(text.out.startsWith(QStringLiteral("VALID  (valid)\nValid pass.\n")));
        CHECK(text.out.contains(QStringLiteral("number:   ") + valid.number));
        CHECK(text.out.contains(QStringLiteral("signer:   Front desk")));
        CHECK(text.out.contains(QStringLiteral("items:    3\n  4 pcs  Office chair\n")));
        CHECK(text.out.contains(QStringLiteral("  7.5 kg  Printer paper\n")));

        // By its number, as a guard types it, and from a scanner's pipe.
        CHECK(verify(QStringLiteral(" ") + valid.number.toLower())
                  .json()
                  .value(QStringLiteral("pass_id"))
            == valid.id);
        const Run piped
            = ctl({ QStringLiteral("--data"), guard.dir.path(), QStringLiteral("pass"),
                      QStringLiteral("verify"), QStringLiteral("-"), QStringLiteral("--json") },
                "\r\n" + valid.token.toUtf8() + "\r\n");
        CHECK(piped.exitCode == kGreen);
        CHECK(piped.json().value(QStringLiteral("number")).toString() == valid.number);
    }

    SECTION("an already used pass is red and says where, when and by whom")
    {
        const Run run = verify(used.token);
        CHECK(run.exitCode == kRed);
        const QJsonObject verdict = run.json();
        CHECK(verdict.value(QStringLiteral("verdict")).toString() == QStringLiteral("red"));
        CHECK(verdict.value(QStringLiteral("reason")).toString() == QStringLiteral("already-used"));
        const QJsonArray uses = verdict.value(QStringLiteral("uses")).toArray();
        REQUIRE(uses.size() == 1);
        const QJsonObject use = uses[0].toObject();
        CHECK(use.value(QStringLiteral("terminal")).toString() == QStringLiteral("Gate A"));
        CHECK(use.value(QStringLiteral("terminal_id")).toString() == gate.store.terminalId());
        CHECK(use.value(QStringLiteral("guard")).toString() == QStringLiteral("Wu Gang"));
        CHECK(use.value(QStringLiteral("partial")).toBool());
        CHECK(use.value(QStringLiteral("note")).toString() == QStringLiteral("2 boxes stay"));
        CHECK(use.value(QStringLiteral("released"))
                  .toArray()[1]
                  .toObject()
                  .value(QStringLiteral("quantity"))
                  .toDouble()
            == 10);
        CHECK(!use.value(QStringLiteral("used_at")).toString().isEmpty());

        const Run text = verify(used.token, false);
        CHECK(text.out.startsWith(QStringLiteral("NOT VALID  (already-used)\nAlready used on ")));
        CHECK(text.out.contains(QStringLiteral(" at Gate A by Wu Gang, partial: 2 boxes stay\n")));
    }

    SECTION("revoked, expired and not yet valid passes are red, each with its reason")
    {
        const Run revokedRun = verify(revoked.token);
        CHECK(revokedRun.exitCode == kRed);
        CHECK(revokedRun.json().value(QStringLiteral("reason")).toString()
            == QStringLiteral("revoked"));
        CHECK(revokedRun.json()
                  .value(QStringLiteral("message"))
                  .toString()
                  .contains(QStringLiteral("tenant cancelled")));

        const Run expiredRun = verify(expired.token);
        CHECK(expiredRun.exitCode == kRed);
        CHECK(expiredRun.json().value(QStringLiteral("reason")).toString()
            == QStringLiteral("expired"));
        CHECK(expiredRun.json().value(QStringLiteral("number")).toString() == expired.number);

        const Run early = verify(tomorrow.token);
        CHECK(early.exitCode == kRed);
        CHECK(early.json().value(QStringLiteral("reason")).toString()
            == QStringLiteral("not-yet-valid"));
        CHECK(verify(tomorrow.token, false)
                  .out.startsWith(
                      QStringLiteral("NOT VALID  (not-yet-valid)\nNot valid yet: from ")));
    }

    SECTION("another site's pass, an altered, a cut and a foreign code are red")
    {
        const auto reasonOf = [&](const QString &text) {
            const Run run = verify(text);
            CHECK(run.exitCode == kRed);
            CHECK(run.json().value(QStringLiteral("verdict")).toString() == QStringLiteral("red"));
            return run.json().value(QStringLiteral("reason")).toString();
        };
        CHECK(reasonOf(foreign.token) == QStringLiteral("unknown-key"));
        CHECK(reasonOf(flipOneCharacter(valid.token)) == QStringLiteral("bad-signature"));
        CHECK(reasonOf(valid.token.left(valid.token.size() / 2)) == QStringLiteral("damaged"));
        CHECK(reasonOf(valid.token.chopped(1)) == QStringLiteral("damaged"));
        CHECK(reasonOf(QStringLiteral("LD1:%%%%NOT BASE45")) == QStringLiteral("damaged"));
        CHECK(reasonOf(QStringLiteral("https://example.com/pass?id=1"))
            == QStringLiteral("not-a-pass"));
        CHECK(reasonOf(QStringLiteral("GP-20000101-0001")) == QStringLiteral("unknown-number"));

        const Run text = verify(foreign.token, false);
        CHECK(text.out.startsWith(QStringLiteral(
            "NOT VALID  (unknown-key)\nSigned by a terminal this site does not know")));
        const QJsonObject garbage = verify(QStringLiteral("hello")).json();
        CHECK(garbage.value(QStringLiteral("number")).isNull());
        CHECK(garbage.value(QStringLiteral("items")).toArray().isEmpty());
    }

    SECTION("a guard that has not synced for long says check (amber), items not synced here")
    {
        Terminal lateGuard(site, kNow.addSecs(-20 * 3600));
        lateGuard.learnKey(desk, deskKeys, QStringLiteral("Front desk"));
        const QStringList arguments { QStringLiteral("--data"), lateGuard.dir.path(),
            QStringLiteral("pass"), QStringLiteral("verify"), valid.token };
        const Run run = ctl(arguments + QStringList { QStringLiteral("--json") });
        CHECK(run.exitCode == kAmber);
        const QJsonObject verdict = run.json();
        CHECK(verdict.value(QStringLiteral("verdict")).toString() == QStringLiteral("amber"));
        CHECK(verdict.value(QStringLiteral("reason")).toString()
            == QStringLiteral("valid-stale-sync"));
        CHECK(verdict.value(QStringLiteral("hours_since_sync")).toInt() == 20);
        CHECK_FALSE(verdict.value(QStringLiteral("items_known")).toBool());
        CHECK(verdict.value(QStringLiteral("item_count")).toInt() == 3);

        const Run text = ctl(arguments);
        CHECK(text.exitCode == kAmber);
        CHECK(text.out.startsWith(QStringLiteral("CHECK  (valid-stale-sync)\n")));
        CHECK(text.out.contains(QStringLiteral("items:    not synced here: 3 items")));
        CHECK(text.out.contains(QStringLiteral("synced:   20 hours ago")));
    }

    SECTION("usage mistakes exit 2 with a message")
    {
        const QStringList base { QStringLiteral("--data"), guard.dir.path(), QStringLiteral("pass"),
            QStringLiteral("verify") };
        const Run missing = ctl(base);
        CHECK(missing.exitCode == 2);
        CHECK(missing.err.contains(QStringLiteral("pass verify needs TEXT")));
        const Run split
            = ctl(base + QStringList { QStringLiteral("LD1:ABC"), QStringLiteral("DEF") });
        CHECK(split.exitCode == 2);
        CHECK(split.err.contains(QStringLiteral("quote a token")));
        const Run empty = ctl(base + QStringList { QStringLiteral("-") }, "\n\n");
        CHECK(empty.exitCode == 2);
        CHECK(empty.err.contains(QStringLiteral("nothing to verify on stdin")));
        const Run noStore = ctl({ QStringLiteral("--data"), guard.dir.file(QStringLiteral("none")),
            QStringLiteral("pass"), QStringLiteral("verify"), valid.token });
        CHECK(noStore.exitCode == 2);
        CHECK(noStore.err.contains(QStringLiteral("no database at")));
    }
}
