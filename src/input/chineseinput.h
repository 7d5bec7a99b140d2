#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace lobbydesk {

// Whether Chinese input is available, for the keyboard panel: it says why not (in the
// screen's language) instead of a keyboard that silently types only Latin letters.
class ChineseInput final : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool ready READ ready NOTIFY changed)
    Q_PROPERTY(bool preparing READ preparing NOTIFY changed)
    // The engine's reason, as logged (file names, packages): for the operator.
    Q_PROPERTY(QString problem READ problem NOTIFY changed)

public:
    explicit ChineseInput(QObject *parent = nullptr);

    [[nodiscard]] bool ready() const;
    [[nodiscard]] bool preparing() const;
    [[nodiscard]] QString problem() const;

signals:
    void changed();
};

} // namespace lobbydesk
