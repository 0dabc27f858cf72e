package org.corroborate.cli;

import org.corroborate.group.Groupers;

/** The values of {@code --candidates} (lower case on the command line). */
enum CandidateOption {
    all(Groupers.CandidateSearch.ALL),
    index(Groupers.CandidateSearch.INDEX),
    auto(Groupers.CandidateSearch.AUTO);

    private final Groupers.CandidateSearch search;

    CandidateOption(Groupers.CandidateSearch search) {
        this.search = search;
    }

    Groupers.CandidateSearch search() {
        return search;
    }
}
