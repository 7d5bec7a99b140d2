#include "app/keydesk.h"

#include "app/deskactor.h"
#include "app/keyslips.h"
#include "app/languageswitcher.h"
#include "app/navigator.h"
#include "app/slipparts.h"
#include "app/tenantcard.h"
#include "app/terminalapp.h"
#include "core/error.h"
#include "core/logging.h"
#include "directory/directorysearch.h"
#include "drivers/printer/escposprinter.h"
#include "services/keys.h"
#include "services/staffpins.h"
#include "store/store.h"

#include <QHash>

namespace lobbydesk {
namespace {

QStringList stringsOf(const QVariant &value)
{
    QStringList strings;
    for (const QVariant &item : value.toList())
        strings.append(item.toString());
    return strings;
}

// The master key's second member of staff as people read it, "王芳 (S-002)"; the loan keeps
// the id, which is what the PIN was checked against.
QString staffLabel(QSqlDatabase &db, const QString &staffId)
{
    if (staffId.isEmpty())
        return {};
    const auto staff = DirectorySearch(db).staff(staffId);
    return staff ? staffActor(staffId, staff->name) : staffId;
}

} // namespace

KeyDesk::KeyDesk(TerminalApp &app, TenantCard &card, QObject *parent)
    : QObject(parent)
    , m_app(app)
    , m_card(card)
{
    // Other desks' sign-outs and returns (and conflicts) arrive with sync as recorded events.
    connect(&app.store().events(), &EventLog::recorded, this, &KeyDesk::refresh);
    connect(&app.languages(), &LanguageSwitcher::changed, this, &KeyDesk::refresh);
    connect(&card, &TenantCard::presented, this, &KeyDesk::cardPresented);
    refresh();
}

void KeyDesk::setSection(const QString &section)
{
    if (section == m_section)
        return;
    m_section = section;
    emit sectionChanged();
}

void KeyDesk::setSearch(const QString &search)
{
    if (search == m_search)
        return;
    m_search = search;
    emit listsChanged();
    refresh();
}

void KeyDesk::refresh()
{
    try {
        Keys &keys = m_app.keys();
        const QList<KeyLoan> open = keys.openLoans();
        // By key, so that a large cabinet is not a keys × loans loop on every refresh.
        QHash<QString, QList<KeyLoan>> openByKey;
        for (const KeyLoan &loan : open)
            openByKey[loan.keyId].append(loan);
        m_keys.clear();
        int in = 0;
        const QList<Key> all = keys.list(m_search);
        for (const Key &key : all) {
            m_keys.append(keyMap(key, openByKey.value(key.id)));
            in += key.out ? 0 : 1;
        }
        m_outLoans = loanMaps(open);
        const QList<KeyLoan> overdue = keys.overdueLoans();
        m_overdueLoans = loanMaps(overdue);
        const QList<KeyLoan> conflicts = keys.conflicts();
        m_conflicts = loanMaps(conflicts);
        m_history = loanMaps(keys.recentLoans());
        m_counts = QVariantMap {
            { QStringLiteral("cabinet"), all.size() },
            { QStringLiteral("in"), in },
            { QStringLiteral("out"), open.size() },
            { QStringLiteral("overdue"), overdue.size() },
            { QStringLiteral("conflicts"), conflicts.size() },
        };
        m_staff.clear();
        const DirectorySearch directory(m_app.store().sql());
        for (const KeyPerson &person : keys.activeStaff()) {
            const auto staff = directory.staff(person.id);
            m_staff.append(QVariantMap { { QStringLiteral("id"), person.id },
                { QStringLiteral("name"), person.name },
                { QStringLiteral("role"), staff ? staff->role : QString() } });
        }
        m_contractors.clear();
        for (const KeyPerson &person : keys.contractorsOnSite())
            m_contractors.append(QVariantMap {
                { QStringLiteral("id"), person.id }, { QStringLiteral("name"), person.name } });
        emit listsChanged();
        selectKey(m_selectedKeyId);
    } catch (const Error &error) {
        qCWarning(lcApp) << "keys:" << error.message();
        say(error.message(), true);
    }
}

void KeyDesk::selectKey(const QString &keyId)
{
    m_selectedKeyId = keyId;
    m_selectedKey.clear();
    m_selectedHistory.clear();
    if (!keyId.isEmpty()) {
        try {
            if (const auto key = m_app.keys().find(keyId)) {
                m_selectedKey = keyMap(*key, openLoansOf(keyId));
                m_selectedHistory = loanMaps(m_app.keys().historyOfKey(keyId));
            }
        } catch (const Error &error) {
            say(error.message(), true);
        }
    }
    if (m_selectedKey.isEmpty())
        m_selectedKeyId.clear();
    emit selectedChanged();
}

void KeyDesk::beginSignOut(const QString &keyId)
{
    clearForm();
    selectKey(keyId);
    setSection(QStringLiteral("signout"));
}

void KeyDesk::pickBorrower(const QString &kind, const QString &id, const QString &name)
{
    // An empty id: the desk taps Change and picks again.
    m_borrower = id.isEmpty()
        ? QVariantMap {}
        : QVariantMap { { QStringLiteral("kind"), kind }, { QStringLiteral("id"), id },
              { QStringLiteral("name"), name } };
    m_fieldProblems.remove(QStringLiteral("borrower"));
    emit fieldProblemsChanged();
    emit borrowerChanged();
}

void KeyDesk::pickOwner(const QString &personId)
{
    m_depositOwner.clear();
    const DirectorySearch directory(m_app.store().sql());
    if (const auto person = directory.person(personId); person && person->active)
        m_depositOwner = QVariantMap { { QStringLiteral("id"), person->id },
            { QStringLiteral("name"), person->name }, { QStringLiteral("units"), person->units } };
    emit borrowerChanged();
}

void KeyDesk::clearForm()
{
    m_borrower.clear();
    m_depositOwner.clear();
    m_scannedTag.clear();
    emit borrowerChanged();
    emit scannedTagChanged();
    setFieldProblems({});
}

void KeyDesk::dismissMessage()
{
    say({}, false);
}

void KeyDesk::cardPresented()
{
    // Only while a form waits for a person: a tap elsewhere on the desk is someone else's.
    if (m_section != QStringLiteral("signout") && m_section != QStringLiteral("deposit"))
        return;
    if (m_card.known()) {
        const QVariantMap person = m_card.person();
        if (m_section == QStringLiteral("deposit"))
            pickOwner(person.value(QStringLiteral("id")).toString());
        else
            pickBorrower(QStringLiteral("person"), person.value(QStringLiteral("id")).toString(),
                person.value(QStringLiteral("name")).toString());
        say(tr("Card of %1 read.").arg(person.value(QStringLiteral("name")).toString()), false);
        return;
    }
    const DirectorySearch directory(m_app.store().sql());
    if (const auto staff = directory.staffByCard(m_card.lastUid());
        staff && m_section == QStringLiteral("signout")) {
        pickBorrower(QStringLiteral("staff"), staff->id, staff->name);
        say(tr("Staff card of %1 read.").arg(staff->name), false);
        return;
    }
    say(m_card.problem(), true);
}

bool KeyDesk::signOut(const QVariantMap &form)
{
    try {
        KeySignOut request;
        request.keyId = m_selectedKeyId;
        request.borrowerKind = m_borrower.value(QStringLiteral("kind")).toString();
        request.borrowerId = m_borrower.value(QStringLiteral("id")).toString();
        request.language = form.value(QStringLiteral("language")).toString();
        request.reason = form.value(QStringLiteral("reason")).toString();
        request.workReason = form.value(QStringLiteral("workReason")).toString();
        request.secondStaffId = form.value(QStringLiteral("secondStaffId")).toString();
        request.secondPin = form.value(QStringLiteral("secondPin")).toString();
        const QString due = form.value(QStringLiteral("due")).toString().trimmed();
        QVariantMap problems;
        if (!due.isEmpty()) {
            const QDateTime local = QDateTime::fromString(due, QStringLiteral("yyyy-MM-dd HH:mm"));
            if (!local.isValid())
                problems.insert(
                    QStringLiteral("due_at"), tr("Write the due time like %1.").arg(dueIn(4)));
            request.dueAt = local.toUTC();
        }
        const QString actor = deskActor(m_app);
        for (const FieldProblem &problem : m_app.keys().problems(request, actor)) {
            if (!problems.contains(problem.field))
                problems.insert(problem.field, problem.message);
        }
        setFieldProblems(problems);
        if (!problems.isEmpty()) {
            say(tr("The key was not signed out: see the fields marked in red."), true);
            return false;
        }
        const KeyLoan loan = m_app.keys().signOut(request, actor);
        say(tr("Key %1 signed out to %2, due back %3.")
                .arg(loan.tag, loan.borrowerName, localMinute(loan.dueAt)),
            false);
        clearForm();
        setSection(QStringLiteral("out"));
        refresh();
        KeyLoan printed = loan;
        printed.secondStaff = staffLabel(m_app.store().sql(), loan.secondStaff);
        print(keySignOutReceipt(printed, m_app.siteName(), PaperWidth::Mm80),
            tr("Key %1 borrowed").arg(loan.tag));
        return true;
    } catch (const Error &error) {
        say(error.message(), true);
        return false;
    }
}

bool KeyDesk::deposit(const QVariantMap &form)
{
    try {
        KeyDeposit request;
        request.tag = form.value(QStringLiteral("tag")).toString();
        request.barcode = form.value(QStringLiteral("barcode")).toString();
        request.label = form.value(QStringLiteral("label")).toString();
        request.slot = form.value(QStringLiteral("slot")).toString();
        request.unit = form.value(QStringLiteral("unit")).toString();
        request.ownerId = m_depositOwner.value(QStringLiteral("id")).toString();
        request.authorisedIds = stringsOf(form.value(QStringLiteral("authorisedIds")));
        request.language = form.value(QStringLiteral("language")).toString();
        const QVariantMap problems = problemsByField(m_app.keys().problems(request));
        setFieldProblems(problems);
        if (!problems.isEmpty()) {
            say(tr("The key was not deposited: see the fields marked in red."), true);
            return false;
        }
        const Key key = m_app.keys().deposit(request, deskActor(m_app));
        say(tr("Key %1 of %2 is in the cabinet (slot %3).")
                .arg(key.tag, key.ownerName, key.slot.isEmpty() ? QStringLiteral("—") : key.slot),
            false);
        clearForm();
        setSection(QStringLiteral("cabinet"));
        refresh();
        print(keyDepositReceipt(key, m_app.siteName(), PaperWidth::Mm80),
            tr("Key %1 deposited").arg(key.tag));
        return true;
    } catch (const Error &error) {
        say(error.message(), true);
        return false;
    }
}

bool KeyDesk::registerKey(const QVariantMap &form)
{
    try {
        KeyRegistration request;
        request.tag = form.value(QStringLiteral("tag")).toString();
        request.barcode = form.value(QStringLiteral("barcode")).toString();
        request.type = keyTypeFromKey(form.value(QStringLiteral("type")).toString())
                           .value_or(KeyType::Common);
        request.label = form.value(QStringLiteral("label")).toString();
        request.slot = form.value(QStringLiteral("slot")).toString();
        const QVariantMap problems = problemsByField(m_app.keys().problems(request));
        setFieldProblems(problems);
        if (!problems.isEmpty()) {
            say(tr("The key was not added: see the fields marked in red."), true);
            return false;
        }
        const Key key = m_app.keys().registerKey(request, deskActor(m_app));
        say(tr("Key %1 (%2) is in the cabinet.").arg(key.tag, key.label), false);
        clearForm();
        setSection(QStringLiteral("cabinet"));
        refresh();
        return true;
    } catch (const Error &error) {
        say(error.message(), true);
        return false;
    }
}

bool KeyDesk::returnKey(const QString &tag, const QString &condition, const QString &note)
{
    try {
        const KeyReturn back = m_app.keys().returnKey(tag, condition, note, deskActor(m_app));
        QStringList who;
        for (const KeyLoan &loan : back.closed)
            who.append(loan.borrowerName);
        say(back.late ? tr("Key %1 is back from %2, late.").arg(back.key.tag, who.join(u", "))
                      : tr("Key %1 is back from %2.").arg(back.key.tag, who.join(u", ")),
            false);
        setFieldProblems({});
        m_scannedTag.clear();
        emit scannedTagChanged();
        refresh();
        return true;
    } catch (const Error &error) {
        setFieldProblems({ { QStringLiteral("tag"), error.message() } });
        say(error.message(), true);
        return false;
    }
}

bool KeyDesk::resolve(const QString &keyId, const QString &standingLoanId)
{
    try {
        m_app.keys().resolveConflict(keyId, standingLoanId, deskActor(m_app));
        const auto loan = m_app.keys().loan(standingLoanId);
        say(tr("Resolved: the sign-out to %1 stands; the other is void.")
                .arg(loan ? loan->borrowerName : QString()),
            false);
        refresh();
        return true;
    } catch (const Error &error) {
        say(error.message(), true);
        return false;
    }
}

QString KeyDesk::dueIn(int hours) const
{
    return localMinute(m_app.keys().now().addSecs(qint64(hours) * 3600));
}

QVariantList KeyDesk::historyOf(const QString &kind, const QString &id) const
{
    return loanMaps(m_app.keys().historyOfBorrower(kind, id));
}

void KeyDesk::scanned(const QString &text)
{
    if (m_app.navigator().screen() != QStringLiteral("keys"))
        return;
    m_scannedTag = text.trimmed();
    emit scannedTagChanged();
    setFieldProblems({});
    setSection(QStringLiteral("return"));
    if (const auto key = m_app.keys().findByTag(m_scannedTag))
        say(tr("Tag %1 scanned: %2.").arg(key->tag, key->label), false);
    else
        say(tr("No key in the cabinet has tag %1.").arg(m_scannedTag), true);
}

int KeyDesk::alertOverdue()
{
    try {
        const int alerted = m_app.keys().recordOverdue();
        if (alerted > 0) {
            qCInfo(lcApp) << alerted << "key loan(s) passed their due time";
            say(tr("%n key(s) passed their due time: see Overdue.", nullptr, alerted), true);
        }
        return alerted;
    } catch (const Error &error) {
        qCWarning(lcApp) << "overdue keys not recorded:" << error.message();
        return 0;
    }
}

QVariantMap KeyDesk::keyMap(const Key &key, const QList<KeyLoan> &open) const
{
    const QString language = m_app.languages().current();
    QString borrower;
    QDateTime due;
    for (const KeyLoan &loan : open) {
        borrower = borrower.isEmpty() ? loan.borrowerName
                                      : borrower + QStringLiteral(", ") + loan.borrowerName;
        due = due.isValid() ? std::min(due, loan.dueAt) : loan.dueAt;
    }
    QStringList authorised;
    for (const KeyPerson &person : key.authorised)
        authorised.append(person.name);
    return QVariantMap {
        { QStringLiteral("id"), key.id },
        { QStringLiteral("tag"), key.tag },
        { QStringLiteral("barcode"), key.barcode },
        { QStringLiteral("type"), keyTypeKey(key.type) },
        { QStringLiteral("typeText"), keyTypeText(key.type, language) },
        { QStringLiteral("label"), key.label },
        { QStringLiteral("slot"), key.slot },
        { QStringLiteral("unit"), key.unit },
        { QStringLiteral("owner"), key.ownerName },
        { QStringLiteral("authorised"), authorised.join(QStringLiteral(", ")) },
        { QStringLiteral("out"), key.out },
        { QStringLiteral("borrower"), borrower },
        { QStringLiteral("due"), localMinute(due) },
        { QStringLiteral("overdue"), due.isValid() && due < m_app.keys().now() },
        { QStringLiteral("defaultDue"), localMinute(m_app.keys().defaultDue(key.type)) },
    };
}

QList<KeyLoan> KeyDesk::openLoansOf(const QString &keyId) const
{
    QList<KeyLoan> open;
    for (const KeyLoan &loan : m_app.keys().historyOfKey(keyId)) {
        if (loan.open())
            open.append(loan);
    }
    return open;
}

QVariantMap KeyDesk::loanMap(const KeyLoan &loan) const
{
    return QVariantMap {
        { QStringLiteral("id"), loan.id },
        { QStringLiteral("keyId"), loan.keyId },
        { QStringLiteral("tag"), loan.tag },
        { QStringLiteral("label"), loan.keyLabel },
        { QStringLiteral("typeText"), keyTypeText(loan.keyType, m_app.languages().current()) },
        { QStringLiteral("borrower"), loan.borrowerName },
        { QStringLiteral("borrowerKind"), loan.borrowerKind },
        { QStringLiteral("borrowerId"), loan.borrowerId },
        { QStringLiteral("reason"), loan.reason },
        { QStringLiteral("workReason"), loan.workReason },
        { QStringLiteral("out"), localMinute(loan.outAt) },
        { QStringLiteral("due"), localMinute(loan.dueAt) },
        { QStringLiteral("returned"), localMinute(loan.returnedAt) },
        { QStringLiteral("condition"), loan.condition },
        { QStringLiteral("conditionNote"), loan.conditionNote },
        { QStringLiteral("overdue"), loan.overdue(m_app.keys().now()) },
        { QStringLiteral("conflict"), loan.conflict },
        { QStringLiteral("resolution"), loan.resolution },
        { QStringLiteral("outTerminal"), loan.outTerminal },
        { QStringLiteral("outBy"), loan.outBy },
        { QStringLiteral("secondStaff"), staffLabel(m_app.store().sql(), loan.secondStaff) },
    };
}

QVariantList KeyDesk::loanMaps(const QList<KeyLoan> &loans) const
{
    QVariantList maps;
    for (const KeyLoan &loan : loans)
        maps.append(loanMap(loan));
    return maps;
}

bool KeyDesk::print(const Receipt &receipt, const QString &title)
{
    // The key is recorded before this: a printer problem never loses the record.
    EscPosPrinter *printer = m_app.printer();
    if (!printer) {
        say(m_message + QLatin1Char(' ')
                + tr("No receipt printer is set up at this terminal: nothing was printed."),
            true);
        return false;
    }
    try {
        printer->print(receipt, title);
        if (printer->state() != Device::State::Connected)
            say(m_message + QLatin1Char(' ')
                    + tr("Not printed yet: the printer says \"%1\". The receipt waits in the "
                         "print queue.")
                          .arg(printer->detail()),
                true);
        return true;
    } catch (const Error &error) {
        say(m_message + QLatin1Char(' ') + error.message(), true);
        return false;
    }
}

void KeyDesk::setFieldProblems(const QVariantMap &problems)
{
    m_fieldProblems = problems;
    emit fieldProblemsChanged();
}

void KeyDesk::say(const QString &message, bool problem)
{
    m_message = message.trimmed();
    m_problem = problem;
    emit messageChanged();
}

} // namespace lobbydesk
