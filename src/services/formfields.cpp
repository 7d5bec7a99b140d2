#include "services/formfields.h"

#include <QRegularExpression>

namespace lobbydesk {

QVariantMap problemsByField(const QList<FieldProblem> &problems)
{
    QVariantMap shown;
    for (const FieldProblem &problem : problems) {
        if (!shown.contains(problem.field))
            shown.insert(problem.field, problem.message);
    }
    return shown;
}

QString normalizedPlate(const QString &typed)
{
    static const QRegularExpression separators(QStringLiteral("[\\s.·\\-]"));
    return typed.toUpper().remove(separators);
}

bool isPlausiblePlate(const QString &normalized)
{
    // Letters, digits and one leading (or trailing, 港/澳/学) character, 4 to 9 in all.
    static const QRegularExpression pattern(
        QStringLiteral("^[\\x{4E00}-\\x{9FFF}]?[A-Z0-9]{4,8}[\\x{4E00}-\\x{9FFF}]?$"));
    return pattern.match(normalized).hasMatch();
}

} // namespace lobbydesk
