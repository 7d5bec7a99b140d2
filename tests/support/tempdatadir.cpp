#include "tempdatadir.h"

#include "store/store.h"

#include <stdexcept>

TempDataDir::TempDataDir()
{
    if (!m_dir.isValid())
        throw std::runtime_error("cannot create a temporary directory");
}

QString TempDataDir::databasePath() const
{
    return lobbydesk::Store::databasePath(path());
}
