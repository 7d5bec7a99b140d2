#pragma once

#include "core/event.h"
#include "core/passtoken.h"
#include "services/visitrequest.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QTime>
#include <QUuid>
#include <functional>
#include <memory>
#include <optional>

namespace lobbydesk {

class EventLog;
class DirectorySearch;

// A visit as this terminal knows it (docs/visitors.md).
struct Visit
{
    // OnSite: admitted and not checked out. Waiting: the host's company wants the desk to
    // confirm with the host. Held: screening matched the deny list; the visitor was asked to
    // see the desk. Denied: the desk turned a waiting or held visitor away. CheckedOut: left.
    enum class State { OnSite, Waiting, Held, Denied, CheckedOut };

    QString id;
    QString number; // V-YYYYMMDD-NNNN, what a person types when a slip cannot be scanned
    QDateTime checkedInAt;
    QString checkedInBy;
    QString terminalId;
    QString via; // kiosk, invitation, desk
    QString name;
    QString phone;
    QString hostPersonId;
    QString hostName;
    QString companyId;
    QString companyName;
    QString unit;
    QString floor;
    QString purpose;
    QString purposeNote;
    int companions = 0;
    QString plate;
    QString idLast4;
    QString items;
    QString language;
    QString invitationId;
    State state = State::OnSite;
    QString holdEntry; // the deny-list entry that held the visit (desk only, never the visitor)
    QDateTime validUntil;
    QString token; // the slip's signed QR text; empty until admitted
    QDateTime decidedAt;
    QString decidedBy;
    QString decisionNote;
    QDateTime checkedOutAt;
    QString checkedOutBy;
    QString checkedOutTerminal;
    QString checkoutHow; // scan, desk, auto (closed at the end of the day: flagged)
    std::optional<bool> satisfied;
    bool anonymised = false;

    [[nodiscard]] bool autoClosed() const { return checkoutHow == QStringLiteral("auto"); }
};

[[nodiscard]] QString visitStateKey(Visit::State state); // on_site, waiting, held, …

// What a visitor types when their invitation's QR cannot be scanned: the last 8 hex digits of
// the invitation id, grouped "XXXX-XXXX" in capitals. Printed on the invitation.
[[nodiscard]] QString invitationCode(const QString &invitationId);

// A pre-registration: who comes, to whom, when; its token checks them in with no typing.
struct Invitation
{
    QString id;
    QDateTime createdAt;
    QString createdBy;
    QString name;
    QString phone;
    QString hostPersonId;
    QString companyId;
    QString unit;
    QString purpose;
    int companions = 0;
    QString plate;
    QString language;
    QDateTime validFrom;
    QDateTime validUntil;
    QString token;
    QDateTime cancelledAt;
    QString usedByVisit; // the visit that checked in with it, when known here
};

// What a check-in came to, for the screen that follows.
struct CheckInResult
{
    enum class Outcome {
        Admitted, // on site: print the slip
        Waiting, // the desk confirms with the host
        Held, // deny list: "please see the front desk", nothing else
        AlreadyCheckedIn, // an invitation used again: the same visit, nothing recorded twice
    };
    Outcome outcome = Outcome::Admitted;
    Visit visit;
    QString message; // for the visitor, in the current UI language
};

// The scan of a slip (or a typed visit number) at a kiosk, guard terminal or desk.
struct CheckOutResult
{
    enum class Outcome {
        CheckedOut,
        AlreadyCheckedOut, // scanned twice: nothing recorded again
        NotASlip, // another code, damaged, forged, another site's (message says which)
        Unknown, // a typed number this terminal does not know
        NotOnSite, // waiting, held or denied: never admitted
    };
    Outcome outcome = Outcome::NotASlip;
    QString visitId;
    std::optional<Visit> visit; // when this terminal has the visit (not yet synced: none)
    QString message; // current UI language
    QString keyWarning; // the visitor still holds a key (key handover, issue 7); empty
};

enum class VisitList { Today, OnSite, Approvals, CheckedOut, All };

// What a scanned or typed code is, for a terminal that takes more than one kind at its scanner.
enum class ScanKind { VisitorSlip, Invitation, Other };

// One day's satisfaction rate (product.md: below 85% calls for corrective action).
struct SatisfactionDay
{
    QDate day; // local
    int satisfied = 0;
    int responses = 0;
    [[nodiscard]] double rate() const { return responses ? double(satisfied) / responses : 0; }
    [[nodiscard]] bool belowTarget() const { return responses > 0 && rate() < 0.85; }
};

struct DenyEntry
{
    QString id;
    QString name;
    QString phone;
    bool hasIdHash = false;
    QString reason;
    QDateTime updatedAt;
};

// The visitor reception service (product.md, "Visitor reception"): walk-in and invitation
// check-in with screening and per-company approval, the signed slip, check-out, end-of-day
// closing, the desk's lists, the deny list, ratings. Every step is an event; the tables are
// its projection.
class Visits
{
public:
    struct Options
    {
        std::function<QDateTime()> now = [] { return QDateTime::currentDateTimeUtc(); };
        // Visits still open at this local time are closed and flagged (docs/visitors.md).
        QTime endOfDay { 23, 0 };
    };

    Visits(EventLog &events, Options options);
    explicit Visits(EventLog &events);
    ~Visits();
    Q_DISABLE_COPY_MOVE(Visits)

    // Field problems including the host (not in the directory, inactive).
    [[nodiscard]] QList<FieldProblem> problems(VisitRequest request) const;
    // Validates, screens and records visit.checked_in. Admitted visits get a signed slip token
    // (needs enrolment; an unenrolled terminal admits with an unsigned slip number only).
    // Throws Error(Invalid) listing the problems. `id` lets a retry be recognised.
    CheckInResult checkIn(const VisitRequest &request, const QString &actor, const QUuid &id = {});

    // Invitations, at the desk (or later the tenant).
    Invitation invite(const VisitRequest &visitor, const QDateTime &validFrom,
        const QDateTime &validUntil, const QString &actor, const QUuid &id = {});
    Invitation cancelInvitation(const QString &invitationId, const QString &actor);
    // Scanned at the kiosk: checks the visitor in with no typing. Throws Error(Invalid) with
    // the reason (expired, not yet valid, forged, another site, cancelled) in words.
    CheckInResult checkInWithInvitation(const QString &scanned, const QString &actor);
    // Typed at the kiosk when the QR cannot be scanned: the invitation's code (invitationCode(),
    // any case, with or without the dash). Only invitations this terminal has synced are known;
    // then the same as a scan of its QR. Throws Error(Invalid) in words (unknown, malformed, or
    // any of checkInWithInvitation's reasons).
    CheckInResult checkInWithInvitationCode(const QString &code, const QString &actor);

    // The desk's decision on a waiting or held visit.
    Visit approve(const QString &visitId, const QString &actor, const QString &note = {});
    Visit deny(const QString &visitId, const QString &actor, const QString &reason);

    // A scanned slip or a typed visit number at any terminal of the site.
    CheckOutResult checkOut(const QString &scannedOrTyped, const QString &actor);
    // A genuine slip or a visit number, an invitation, or anything else (a goods pass, …).
    [[nodiscard]] ScanKind scanKind(const QString &scannedOrTyped) const;
    // The desk checks a visitor out from its list.
    CheckOutResult checkOutVisit(const QString &visitId, const QString &actor);
    // Closes every visit this terminal checked in that is still on site after its day ended
    // (the slip's valid-until); flagged as auto. Returns how many were closed.
    int closeEndOfDay(const QString &actor = {});
    // The visitor's one-tap answer after check-out; once per visit.
    void rate(const QString &visitId, bool satisfied);

    // Screening and the deny list kept at the desk (shared with the site through the hub).
    [[nodiscard]] std::optional<DenyEntry> screen(const VisitRequest &normalized) const;
    DenyEntry addDenyEntry(const QString &name, const QString &phone, const QString &idNumber,
        const QString &reason, const QString &actor);
    void liftDenyEntry(const QString &entryId, const QString &actor);
    [[nodiscard]] QList<DenyEntry> denyList() const;
    // One entry, lifted or not: the desk shows why a visit was held even after a lift.
    [[nodiscard]] std::optional<DenyEntry> denyEntry(const QString &entryId) const;

    [[nodiscard]] std::optional<Visit> find(const QString &visitId) const;
    [[nodiscard]] std::optional<Visit> findByNumber(const QString &number) const;
    // Newest first; `search` matches name, phone digits, number, unit, company.
    [[nodiscard]] QList<Visit> list(VisitList which, const QString &search = {}) const;
    [[nodiscard]] QList<Invitation> invitations(bool includeOld = false) const;
    [[nodiscard]] std::optional<Invitation> findInvitation(const QString &invitationId) const;
    [[nodiscard]] int onSiteCount() const;
    [[nodiscard]] int approvalCount() const;
    // The last `days` days, oldest first, days with no response included.
    [[nodiscard]] QList<SatisfactionDay> satisfaction(int days) const;

    // The company's approval mode for a host: auto, host or invitation.
    [[nodiscard]] QString approvalMode(const QString &personId, const QString &companyId) const;
    // How long a slip is valid: until the end of the day of check-in (local).
    [[nodiscard]] QDateTime slipValidUntil(const QDateTime &checkedInAt) const;
    [[nodiscard]] PassSignerLookup signers() const;
    [[nodiscard]] QDateTime now() const { return m_options.now(); }
    [[nodiscard]] QString siteName() const;

private:
    [[nodiscard]] QString siteId() const;
    // Empty, or the words that the visitor still holds keys (key_loans).
    [[nodiscard]] QString keysHeldWarning(const QString &visitId) const;
    [[nodiscard]] QString nextNumber(const QDateTime &at) const;
    [[nodiscard]] QString signSlip(const QString &visitId, const QDateTime &until) const;
    [[nodiscard]] QByteArray screeningKey() const;
    CheckInResult record(VisitRequest request, const QString &via, const QString &invitationId,
        const QString &actor, const QUuid &id);
    CheckOutResult recordCheckOut(const QString &visitId, const std::optional<Visit> &visit,
        const QString &how, const QString &actor);
    [[nodiscard]] QList<Invitation> selectInvitations(
        const QString &where, const QVariantList &values) const;
    [[nodiscard]] QList<Visit> select(const QString &where, const QVariantList &values,
        const QString &order = QStringLiteral("v.checked_in_at DESC, v.visit_id DESC"),
        int limit = 500) const;

    EventLog &m_events;
    Options m_options;
    std::unique_ptr<DirectorySearch> m_directory;
};

// Applies visit.* and the desk's screening.deny.* events; empty for other types.
[[nodiscard]] bool isVisitEvent(const QString &type);
void applyVisitEvent(const Event &event, QSqlDatabase &db);

} // namespace lobbydesk
