#pragma once

#include "services/visitrequest.h"

#include <QObject>
#include <QUuid>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace lobbydesk {

class TerminalApp;
struct CheckInResult;
struct Visit;

// A visitor checking in at the kiosk: the walk-in's answers, one question at a time, or an
// invitation (its scanned QR or its typed code); then the outcome and the printed slip. Every
// rule is the Visits service's; the screens bind to these properties and call these methods.
// One form is one check-in: its visit id is fixed from the start, so a second tap on "Check in"
// records nothing new.
class VisitorCheckIn : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    // True on the invitation screen: scans at the kiosk's scanner arrive here (KioskScan).
    Q_PROPERTY(bool takesScans READ takesScans WRITE setTakesScans NOTIFY takesScansChanged)
    Q_PROPERTY(QString name MEMBER m_name NOTIFY changed)
    Q_PROPERTY(QString phone MEMBER m_phone NOTIFY changed)
    // The host as picked from the directory search: its name, company and floor in words.
    Q_PROPERTY(QString hostLabel READ hostLabel NOTIFY changed)
    Q_PROPERTY(bool hasHost READ hasHost NOTIFY changed)
    Q_PROPERTY(QString purpose MEMBER m_purpose NOTIFY changed)
    Q_PROPERTY(QString purposeNote MEMBER m_purposeNote NOTIFY changed)
    Q_PROPERTY(int companions READ companions NOTIFY changed)
    Q_PROPERTY(QString plate MEMBER m_plate NOTIFY changed)
    Q_PROPERTY(QString idNumber MEMBER m_idNumber NOTIFY changed)
    // What the summary shows of the ID number: its last 4 characters, all that is kept.
    Q_PROPERTY(QString idKept READ idKept NOTIFY changed)
    // [{key, label}] to choose from, labels in the current language.
    Q_PROPERTY(QVariantList purposes READ purposes NOTIFY languageChanged)
    Q_PROPERTY(QString purposeLabel READ purposeLabel NOTIFY changed)
    // field → message of the problems being shown (the last validateStep, submit or invitation).
    Q_PROPERTY(QVariantMap problems READ problems NOTIFY problemsChanged)
    // After check-in: "admitted", "waiting", "held" (never why), "already" (an invitation
    // scanned again: its slip again); "" before.
    Q_PROPERTY(QString outcome READ outcome NOTIFY resultChanged)
    Q_PROPERTY(QString message READ message NOTIFY resultChanged)
    Q_PROPERTY(QString visitNumber READ visitNumber NOTIFY resultChanged)
    Q_PROPERTY(QString visitorName READ visitorName NOTIFY resultChanged)
    // The slip's QR text, for the screen when the printer failed; empty when not admitted (or
    // when this terminal is not enrolled and cannot sign).
    Q_PROPERTY(QString slipToken READ slipToken NOTIFY resultChanged)
    Q_PROPERTY(bool printed READ printed NOTIFY resultChanged)
    // Why the slip did not print (no printer, offline, paper out…); empty when it did.
    Q_PROPERTY(QString printNote READ printNote NOTIFY resultChanged)

public:
    explicit VisitorCheckIn(QObject *parent = nullptr);
    ~VisitorCheckIn() override;

    // The terminal whose services forms use (TerminalApp's constructor; null in its destructor).
    static void attachTerminal(TerminalApp *terminal);

    [[nodiscard]] bool takesScans() const { return m_takesScans; }
    void setTakesScans(bool takes);
    [[nodiscard]] QString hostLabel() const { return m_hostLabel; }
    [[nodiscard]] bool hasHost() const
    {
        return !m_hostPersonId.isEmpty() || !m_hostCompanyId.isEmpty();
    }
    [[nodiscard]] int companions() const { return m_companions; }
    [[nodiscard]] QString idKept() const;
    [[nodiscard]] QVariantList purposes() const;
    [[nodiscard]] QString purposeLabel() const;
    [[nodiscard]] QVariantMap problems() const { return m_problems; }
    [[nodiscard]] QString outcome() const { return m_outcome; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] QString visitNumber() const { return m_visitNumber; }
    [[nodiscard]] QString visitorName() const { return m_visitorName; }
    [[nodiscard]] QString slipToken() const { return m_slipToken; }
    [[nodiscard]] bool printed() const { return m_printed; }
    [[nodiscard]] QString printNote() const { return m_printNote; }

    // The problem shown for a field ("name", "host", "purpose_note", "invitation", "submit"…),
    // or "" when it has none (tests; a binding reads `problems` to follow changes).
    Q_INVOKABLE QString problem(const QString &field) const
    {
        return m_problems.value(field).toString();
    }

    // A hit of HostSearch.find ({kind: "company"|"person", id, name, company, floor, …}).
    Q_INVOKABLE void setHost(const QVariantMap &hit);
    Q_INVOKABLE void clearHost();
    // One more or one fewer companion (never below 0; the service says the upper limit).
    Q_INVOKABLE void stepCompanions(int delta);
    // Checks the given fields only ("name", "phone", "host", "purpose" with its note,
    // "companions", "plate", "id_number") and shows their problems; true when there are none.
    Q_INVOKABLE bool validateStep(const QStringList &fields);
    // Records the check-in (visitor's language: the screen's) and prints the slip. True once
    // recorded; a second call records and prints nothing more.
    Q_INVOKABLE bool submit();
    // An invitation: its scanned QR text, or its typed code (XXXX-XXXX). True when checked in
    // (or already); false with the reason shown as the "invitation" problem, nothing recorded.
    // Another invitation after one was checked in starts afresh (the next visitor in line).
    Q_INVOKABLE bool useInvitation(const QString &scannedOrTyped);

    // The request as it stands (tests, the summary).
    [[nodiscard]] VisitRequest request() const;

signals:
    void takesScansChanged();
    void changed();
    void problemsChanged();
    void resultChanged();
    void languageChanged();

private:
    void show(const QList<FieldProblem> &problems);
    void takeResult(const CheckInResult &result);
    void printSlip(const Visit &visit, const QString &jobId);

    bool m_takesScans = false;
    QUuid m_id;
    QString m_name;
    QString m_phone;
    QString m_hostPersonId;
    QString m_hostCompanyId;
    QString m_hostLabel;
    QString m_purpose;
    QString m_purposeNote;
    int m_companions = 0;
    QString m_plate;
    QString m_idNumber;
    QString m_language;
    QVariantMap m_problems;
    QString m_outcome;
    QString m_message;
    QString m_visitNumber;
    QString m_visitorName;
    QString m_slipToken;
    bool m_printed = false;
    QString m_printNote;
};

} // namespace lobbydesk
