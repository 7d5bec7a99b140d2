#pragma once

#include <QJSEngine>

class QQmlEngine;

namespace lobbydesk {

// Lets an object that main() owns reach QML as a declared singleton (QML_SINGLETON looks for
// a static create()), so qmllint and the QML compiler see the type: no setContextProperty.
template<class T> class QmlSingleton
{
public:
    static T *create(QQmlEngine *, QJSEngine *)
    {
        Q_ASSERT_X(s_instance, "QmlSingleton", "construct the object before loading QML");
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
    }

protected:
    QmlSingleton() { s_instance = static_cast<T *>(this); }
    ~QmlSingleton() { s_instance = nullptr; }

private:
    inline static T *s_instance = nullptr;
};

} // namespace lobbydesk
