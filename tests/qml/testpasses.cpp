#include "testpasses.h"

#include "app/demopasses.h"

namespace lobbydesk {

TestPasses::TestPasses(Store &store, GoodsPasses &passes, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_passes(passes)
{ }

QString TestPasses::issue()
{
    return demo::issuePass(m_passes).token;
}

void TestPasses::markSynced(int hoursAgo)
{
    demo::markSynced(m_store, hoursAgo);
}

} // namespace lobbydesk
