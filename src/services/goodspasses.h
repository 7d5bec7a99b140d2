#pragma once

#include "core/event.h"
#include "core/passtoken.h"
#include "services/goodspassrequest.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace lobbydesk {

class EventLog;
class DirectorySearch;

// A guard's record of goods let out on a pass (goods.pass.used).
struct GoodsPassUse
{
    QString eventId;
    QString terminalId;
    QString terminalName; // as the site's keys name it; the id when unknown
    QDateTime usedAt;
    QString guard;
    QList<GoodsItem> released; // what actually left
    bool partial = false;
    QString note; // discrepancy or partial release
};

// A goods pass as this terminal knows it: its request, and the desk's decision once made.
struct GoodsPass
{
    enum class State { Pending, Approved, Rejected, Revoked };

    QString id; // the request's id; the pass keeps it
    GoodsPassRequest request;
    QDateTime requestedAt;
    QString requestedBy; // who recorded the request (kiosk: the applicant; desk: the clerk)
    State state = State::Pending;
    QString number; // GP-YYYYMMDD-NNNN once approved
    QString token; // the signed QR text once approved
    QDateTime decidedAt;
    QString decidedBy;
    QString decisionNote; // rejection reason, or the owner's consent noted at approval
    QDateTime revokedAt;
    QString revokedBy;
    QString revokeReason;
    QList<GoodsPassUse> uses; // oldest first; two or more is a double use

    [[nodiscard]] bool used() const { return !uses.isEmpty(); }
};

[[nodiscard]] QString goodsPassStateKey(GoodsPass::State state); // pending, approved, …

// One of the checks the desk sees before approving (product.md: entitlement, arrears, window).
struct ApprovalCheck
{
    enum class Outcome { Pass, Warn, Fail };
    QString key; // entitled, consent, arrears, window
    Outcome outcome = Outcome::Pass;
    QString text; // in the current UI language
};

// What the guard screen and `lobbydesk-ctl pass verify` say about a scanned or typed pass.
struct PassVerdict
{
    enum class Colour { Green, Amber, Red };
    enum class Reason {
        Valid,
        StaleSync, // valid, but this terminal has not synced for a while (amber)
        NotAToken,
        Damaged,
        UnknownKey,
        RevokedKey,
        BadSignature,
        NotAGoodsPass,
        OtherSite,
        NotYetValid,
        Expired,
        Revoked,
        AlreadyUsed,
        UnknownNumber,
    };

    Colour colour = Colour::Red;
    Reason reason = Reason::NotAToken;
    QString message; // the reason in words, current UI language
    QString passId;
    QString number;
    QString unit;
    QString plate;
    QString signer;
    QDateTime validFrom;
    QDateTime validUntil;
    int itemCount = 0;
    bool itemsKnown = false; // the ledger has the request and its list matches the token
    QList<GoodsItem> items;
    QList<GoodsPassUse> uses; // earlier uses (already used: where, when, by whom)
    std::optional<qint64> hoursSinceSync; // none: never synced

    [[nodiscard]] bool acceptable() const { return colour != Colour::Red; }
};

[[nodiscard]] QString verdictReasonKey(PassVerdict::Reason reason); // valid, expired, …
[[nodiscard]] QString verdictColourKey(PassVerdict::Colour colour); // green, amber, red

enum class GoodsPassList { Today, Pending, Issued, Used, Revoked, Alerts, All };

// The goods-release pass service (product.md, "Goods-release pass"): requests, the desk's
// approval with a signed token and a number, revocation, the guard's offline verdict and
// consumption, double-use alerts. Every step is an event; the tables are its projection.
class GoodsPasses
{
public:
    struct Options
    {
        std::function<QDateTime()> now = [] { return QDateTime::currentDateTimeUtc(); };
        // A guard terminal that has not synced for longer shows amber instead of green.
        std::chrono::hours staleAfter { 12 };
    };

    GoodsPasses(EventLog &events, Options options);
    explicit GoodsPasses(EventLog &events);
    ~GoodsPasses();
    Q_DISABLE_COPY_MOVE(GoodsPasses)

    // Validates and records a request (goods.pass.requested); throws Error(Invalid) listing the
    // problems. `id` lets a retry be recognised (nothing recorded twice).
    GoodsPass request(const GoodsPassRequest &request, const QString &actor, const QUuid &id = {});
    [[nodiscard]] QList<FieldProblem> problems(GoodsPassRequest request) const;

    [[nodiscard]] QList<ApprovalCheck> approvalChecks(const QString &passId) const;
    // Issues the pass: number, signed token (needs this terminal's key, i.e. enrolment).
    // `consentNote`: the owner's consent when a tenant moves out. Throws Error(Invalid) when a
    // check fails or the pass is not pending.
    GoodsPass approve(const QString &passId, const QString &actor, const QString &consentNote = {});
    GoodsPass reject(const QString &passId, const QString &actor, const QString &reason);
    // Before use only.
    GoodsPass revoke(const QString &passId, const QString &actor, const QString &reason);

    // The guard's verdict for a scanned token or a typed pass number, offline.
    [[nodiscard]] PassVerdict verify(const QString &scannedOrTyped) const;
    // The guard lets the goods out: re-verifies (a red verdict refuses), records
    // goods.pass.used with what left. A partial release or a discrepancy needs a note.
    GoodsPassUse consume(const QString &scannedOrTyped, const QList<GoodsItem> &released,
        const QString &note, const QString &actor);

    [[nodiscard]] std::optional<GoodsPass> find(const QString &passId) const;
    [[nodiscard]] std::optional<GoodsPass> findByNumber(const QString &number) const;
    // Newest first; `search` matches number, unit or plate.
    [[nodiscard]] QList<GoodsPass> list(GoodsPassList which, const QString &search = {}) const;
    [[nodiscard]] int alertCount() const;

    [[nodiscard]] PassSignerLookup signers() const;
    [[nodiscard]] QDateTime now() const { return m_options.now(); }

private:
    [[nodiscard]] QString siteId() const;
    [[nodiscard]] QString nextNumber(const QDateTime &at) const;
    [[nodiscard]] GoodsPass pendingOrThrow(const QString &passId) const;
    [[nodiscard]] QList<GoodsPass> select(const QString &where, const QVariantList &values) const;
    [[nodiscard]] PassVerdict verdictFor(const QString &token) const;

    EventLog &m_events;
    Options m_options;
    std::unique_ptr<DirectorySearch> m_directory;
};

// Applies goods.pass.* events to the terminal's tables; empty for other types.
[[nodiscard]] bool isGoodsPassEvent(const QString &type);
void applyGoodsPassEvent(const Event &event, QSqlDatabase &db);

} // namespace lobbydesk
