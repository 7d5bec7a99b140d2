#include "app/visitorcheckin.h"

#include "app/kioskscan.h"
#include "app/languageswitcher.h"
#include "app/terminalapp.h"
#include "app/visitslips.h"
#include "core/error.h"
#include "core/event.h"
#include "core/idnumber.h"
#include "core/logging.h"
#include "drivers/printer/escposprinter.h"
#include "services/visits.h"

namespace lobbydesk {
namespace {

TerminalApp *s_terminal = nullptr;
const QString kScreen = QStringLiteral("invitation");

QString currentLanguage()
{
    return s_terminal ? s_terminal->languages().current() : QStringLiteral("zh_CN");
}

QString outcomeKey(CheckInResult::Outcome outcome)
{
    switch (outcome) {
    case CheckInResult::Outcome::Admitted:
        return QStringLiteral("admitted");
    case CheckInResult::Outcome::Waiting:
        return QStringLiteral("waiting");
    case CheckInResult::Outcome::Held:
        return QStringLiteral("held");
    case CheckInResult::Outcome::AlreadyCheckedIn:
        return QStringLiteral("already");
    }
    Q_UNREACHABLE();
}

} // namespace

void VisitorCheckIn::attachTerminal(TerminalApp *terminal)
{
    s_terminal = terminal;
}

VisitorCheckIn::VisitorCheckIn(QObject *parent)
    : QObject(parent)
    , m_id(newEventId())
{
    if (s_terminal)
        connect(&s_terminal->languages(), &LanguageSwitcher::changed, this, [this] {
            emit languageChanged();
            emit changed();
            if (!m_problems.isEmpty() && !m_problems.contains(QStringLiteral("invitation")))
                validateStep(m_problems.keys()); // the same problems, in the new language
        });
}

VisitorCheckIn::~VisitorCheckIn() = default;

void VisitorCheckIn::setTakesScans(bool takes)
{
    if (takes == m_takesScans)
        return;
    m_takesScans = takes;
    emit takesScansChanged();
    if (!takes || !s_terminal || !s_terminal->kioskScan())
        return;
    const auto takePending = [this] {
        const QString text = s_terminal->kioskScan()->take(kScreen);
        if (!text.isEmpty())
            useInvitation(text);
    };
    connect(s_terminal->kioskScan(), &KioskScan::arrived, this,
        [this, takePending](const QString &screen) {
            if (m_takesScans && screen == kScreen)
                takePending();
        });
    takePending(); // the scan that opened this screen
}

void VisitorCheckIn::setHost(const QVariantMap &hit)
{
    const QString kind = hit.value(QStringLiteral("kind")).toString();
    const QString id = hit.value(QStringLiteral("id")).toString();
    m_hostPersonId = kind == QStringLiteral("person") ? id : QString();
    m_hostCompanyId = kind == QStringLiteral("company") ? id : QString();
    QStringList parts { hit.value(QStringLiteral("name")).toString() };
    const QString company = hit.value(QStringLiteral("company")).toString();
    if (!company.isEmpty() && company != parts.constFirst())
        parts.append(company);
    const QString floor = hit.value(QStringLiteral("floor")).toString();
    if (!floor.isEmpty())
        parts.append(tr("Floor %1").arg(floor));
    m_hostLabel = hasHost() ? parts.join(QStringLiteral("  ·  ")) : QString();
    emit changed();
    if (m_problems.contains(QStringLiteral("host")))
        validateStep({ QStringLiteral("host") });
}

void VisitorCheckIn::clearHost()
{
    m_hostPersonId.clear();
    m_hostCompanyId.clear();
    m_hostLabel.clear();
    emit changed();
}

void VisitorCheckIn::stepCompanions(int delta)
{
    m_companions = qMax(0, m_companions + delta);
    emit changed();
}

QString VisitorCheckIn::idKept() const
{
    const QString normalized = normalizedIdNumber(m_idNumber);
    return normalized.isEmpty() ? QString() : idLast4(normalized);
}

QVariantList VisitorCheckIn::purposes() const
{
    QVariantList list;
    for (const QString &key : visitPurposes())
        list.append(QVariantMap { { QStringLiteral("key"), key },
            { QStringLiteral("label"), visitPurposeText(key, currentLanguage()) } });
    return list;
}

QString VisitorCheckIn::purposeLabel() const
{
    return m_purpose.isEmpty() ? QString() : visitPurposeText(m_purpose, currentLanguage());
}

VisitRequest VisitorCheckIn::request() const
{
    VisitRequest request;
    request.name = m_name;
    request.phone = m_phone;
    request.hostPersonId = m_hostPersonId;
    request.hostCompanyId = m_hostCompanyId;
    request.purpose = m_purpose;
    request.purposeNote = m_purpose == QStringLiteral("other") ? m_purposeNote : QString();
    request.companions = m_companions;
    request.plate = m_plate;
    request.idNumber = m_idNumber;
    request.language = currentLanguage(); // the slip in the language the visitor chose
    request.via = QStringLiteral("kiosk");
    return request;
}

void VisitorCheckIn::show(const QList<FieldProblem> &problems)
{
    const QVariantMap shown = problemsByField(problems);
    if (shown == m_problems)
        return;
    m_problems = shown;
    emit problemsChanged();
}

bool VisitorCheckIn::validateStep(const QStringList &fields)
{
    if (!s_terminal) {
        show({ { QStringLiteral("submit"), tr("This terminal cannot check visitors in.") } });
        return false;
    }
    QStringList wanted = fields;
    if (wanted.contains(QStringLiteral("purpose")))
        wanted.append(QStringLiteral("purpose_note"));
    QList<FieldProblem> step;
    for (const FieldProblem &problem : s_terminal->visits().problems(request())) {
        if (wanted.contains(problem.field))
            step.append(problem);
    }
    show(step);
    return step.isEmpty();
}

bool VisitorCheckIn::submit()
{
    if (!m_outcome.isEmpty())
        return true; // recorded already: a second tap records and prints nothing more
    if (!s_terminal) {
        show({ { QStringLiteral("submit"), tr("This terminal cannot check visitors in.") } });
        return false;
    }
    const QList<FieldProblem> problems = s_terminal->visits().problems(request());
    if (!problems.isEmpty()) {
        show(problems);
        return false;
    }
    try {
        takeResult(s_terminal->visits().checkIn(request(), {}, m_id));
    } catch (const Error &error) {
        qCWarning(lcApp) << "check-in not recorded:" << error.what();
        show({ { QStringLiteral("submit"),
            tr("Your check-in could not be recorded; please see the front desk.") } });
        return false;
    }
    show({});
    return true;
}

bool VisitorCheckIn::useInvitation(const QString &scannedOrTyped)
{
    if (!m_outcome.isEmpty()) { // the next visitor's invitation
        m_id = newEventId();
        m_outcome.clear();
        m_message.clear();
        m_visitNumber.clear();
        m_visitorName.clear();
        m_slipToken.clear();
        m_printed = false;
        m_printNote.clear();
        emit resultChanged();
    }
    const QString text = scannedOrTyped.trimmed();
    if (!s_terminal || text.isEmpty()) {
        show({ { QStringLiteral("invitation"),
            tr("Scan the QR code of your invitation, or type its code.") } });
        return false;
    }
    // A QR's text is long and signed; a code is what a person types from the invitation.
    static constexpr int kLongestCode = 12;
    try {
        takeResult(text.size() > kLongestCode
                ? s_terminal->visits().checkInWithInvitation(text, {})
                : s_terminal->visits().checkInWithInvitationCode(text, {}));
    } catch (const Error &error) {
        show({ { QStringLiteral("invitation"), error.message() } });
        return false;
    }
    show({});
    return true;
}

void VisitorCheckIn::takeResult(const CheckInResult &result)
{
    m_outcome = outcomeKey(result.outcome);
    m_message = result.message;
    m_visitNumber = result.visit.number;
    m_visitorName = result.visit.name;
    const bool onSite = result.visit.state == Visit::State::OnSite;
    m_slipToken = onSite ? result.visit.token : QString();
    if (onSite) {
        // The first slip has the visit's id (a retry prints it once); a slip asked for again
        // (an invitation scanned again) is a new job.
        printSlip(result.visit,
            result.outcome == CheckInResult::Outcome::AlreadyCheckedIn ? uuidText(newEventId())
                                                                       : result.visit.id);
    }
    emit resultChanged();
}

void VisitorCheckIn::printSlip(const Visit &visit, const QString &jobId)
{
    m_printed = false;
    m_printNote.clear();
    EscPosPrinter *printer = s_terminal->printer();
    if (!printer || printer->state() == Device::State::NotConfigured) {
        m_printNote = tr("This kiosk has no slip printer.");
        return;
    }
    try {
        printer->print(visitorSlip(visit, s_terminal->siteName(), printer->paper()),
            tr("Visitor slip"), jobId);
    } catch (const Error &error) {
        qCWarning(lcApp) << "visitor slip not printed:" << error.what();
        m_printNote = tr("The slip could not be printed.");
        return;
    }
    const PrinterStatus &status = printer->status();
    if (printer->state() != Device::State::Connected || !status.online)
        m_printNote = tr("The printer is not responding.");
    else if (status.paperOut)
        m_printNote = tr("The printer is out of paper.");
    else if (status.coverOpen || status.error)
        m_printNote = tr("The printer needs attention.");
    else
        m_printed = true;
}

} // namespace lobbydesk
