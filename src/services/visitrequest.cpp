#include "services/visitrequest.h"

#include "core/language.h"
#include "directory/directorycsv.h"

#include <QCoreApplication>

namespace lobbydesk {
namespace {

// The messages' translation context, declared so that lupdate files them under it too.
struct VisitText
{
    Q_DECLARE_TR_FUNCTIONS(VisitText)
};

// Letters of any script, spaces, dots, apostrophes and hyphens: "张三", "Mary-Jane O'Neil",
// "Dr. Chan Tai Man". Digits and symbols are a typing slip.
bool plausibleName(const QString &name)
{
    for (const QChar c : name) {
        if (!(c.isLetter() || c.isMark() || c == QLatin1Char(' ') || c == QLatin1Char('.')
                || c == QLatin1Char('\'') || c == QLatin1Char('-') || c == QChar(0x00B7)))
            return false;
    }
    return true;
}

} // namespace

const QStringList &visitPurposes()
{
    static const QStringList purposes { QStringLiteral("visit"), QStringLiteral("delivery"),
        QStringLiteral("interview"), QStringLiteral("contractor"), QStringLiteral("other") };
    return purposes;
}

QString visitFieldProblem(const QString &field, const VisitRequest &typed)
{
    VisitRequest request = typed;
    for (const FieldProblem &problem : validateVisitRequest(request)) {
        if (problem.field == field)
            return problem.message;
    }
    return {};
}

QList<FieldProblem> validateVisitRequest(VisitRequest &request)
{
    QList<FieldProblem> problems;
    const auto refuse = [&problems](const QString &field, const QString &message) {
        problems.append({ field, message });
    };

    request.name = request.name.simplified();
    if (request.name.isEmpty())
        refuse(QStringLiteral("name"), VisitText::tr("Enter your name."));
    else if (request.name.size() > VisitRequest::kMaxNameLength)
        refuse(QStringLiteral("name"),
            VisitText::tr("A name is at most %1 characters.").arg(VisitRequest::kMaxNameLength));
    else if (!plausibleName(request.name))
        refuse(QStringLiteral("name"),
            VisitText::tr("A name has letters only: no digits or symbols."));

    if (request.phone.trimmed().isEmpty()) {
        refuse(QStringLiteral("phone"), VisitText::tr("Enter your mobile number."));
    } else if (const auto phone = normalizedPhone(request.phone)) {
        request.phone = *phone;
    } else {
        refuse(QStringLiteral("phone"),
            VisitText::tr("This is not a phone number: a mainland mobile has 11 digits, a Hong "
                          "Kong or Macau number 8, a Taiwan mobile starts 09; others start "
                          "with +."));
    }

    request.hostPersonId = request.hostPersonId.trimmed();
    request.hostCompanyId = request.hostCompanyId.trimmed();
    if (request.hostPersonId.isEmpty() && request.hostCompanyId.isEmpty())
        refuse(QStringLiteral("host"), VisitText::tr("Choose whom you are visiting."));

    request.purposeNote = request.purposeNote.simplified();
    if (!visitPurposes().contains(request.purpose))
        refuse(QStringLiteral("purpose"), VisitText::tr("Choose why you are here."));
    else if (request.purpose == QStringLiteral("other") && request.purposeNote.isEmpty())
        refuse(QStringLiteral("purpose_note"), VisitText::tr("Say why you are here."));
    if (request.purposeNote.size() > VisitRequest::kMaxNoteLength)
        refuse(QStringLiteral("purpose_note"),
            VisitText::tr("The note is at most %1 characters.").arg(VisitRequest::kMaxNoteLength));

    if (request.companions < 0 || request.companions > VisitRequest::kMaxCompanions)
        refuse(QStringLiteral("companions"),
            VisitText::tr("Companions: 0 to %1. A larger group checks in at the front desk.")
                .arg(VisitRequest::kMaxCompanions));

    request.plate = normalizedPlate(request.plate);
    if (!request.plate.isEmpty() && !isPlausiblePlate(request.plate))
        refuse(QStringLiteral("plate"),
            VisitText::tr("This is not a vehicle plate (for example 粤B12345, AB1234); leave it "
                          "empty if you came on foot."));

    request.idNumber = normalizedIdNumber(request.idNumber);
    if (!request.idNumber.isEmpty() && !isPlausibleIdNumber(request.idNumber))
        refuse(QStringLiteral("id_number"),
            VisitText::tr("This is not an ID number (18 characters on a mainland ID card, "
                          "A123456(7) in Hong Kong, A123456789 in Taiwan, or a passport "
                          "number); you may leave it empty."));

    request.items = request.items.simplified();
    if (request.items.size() > VisitRequest::kMaxNoteLength)
        refuse(QStringLiteral("items"),
            VisitText::tr("Carried items: at most %1 characters.")
                .arg(VisitRequest::kMaxNoteLength));

    if (!languageFromCode(request.language))
        request.language = QStringLiteral("zh_CN");
    if (request.via != QStringLiteral("kiosk") && request.via != QStringLiteral("desk"))
        refuse(QStringLiteral("via"), QStringLiteral("via must be kiosk or desk"));
    return problems;
}

} // namespace lobbydesk
