#include "store/store.h"
#include "templates/templates.h"

namespace steward::templates {

void fillSample(Store& store, const QDate& today)
{
    Q_UNUSED(today);
    fillSeed(store);
}

} // namespace steward::templates
