#pragma once

#include <functional>
#include <map>
#include <optional>
#include <vector>

// Rows that no name identifies are matched on what does: each row of the file at most once, so two
// equal rows in the import stay two rows. Shared by the JSON and CSV importers.
namespace steward::imports {

template <typename Row, typename Key>
std::map<Key, std::vector<Row>> byKey(const std::vector<Row>& rows, const std::function<Key(const Row&)>& key)
{
    std::map<Key, std::vector<Row>> index;
    for (const Row& row : rows)
        index[key(row)].push_back(row);
    return index;
}

template <typename Row, typename Key>
std::optional<Row> takeMatch(std::map<Key, std::vector<Row>>& index, const Key& key)
{
    const auto it = index.find(key);
    if (it == index.end() || it->second.empty())
        return std::nullopt;
    Row row = it->second.front();
    it->second.erase(it->second.begin());
    return row;
}

} // namespace steward::imports
