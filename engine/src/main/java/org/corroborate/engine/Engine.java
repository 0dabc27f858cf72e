package org.corroborate.engine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;

import org.corroborate.annotate.Annotators;
import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.Annotator;
import org.corroborate.api.Article;
import org.corroborate.api.BadInputException;
import org.corroborate.api.Brief;
import org.corroborate.api.Briefer;
import org.corroborate.api.EntityResolver;
import org.corroborate.api.Extractor;
import org.corroborate.api.Grouping;
import org.corroborate.api.Problem;
import org.corroborate.api.RawDocument;
import org.corroborate.api.Story;
import org.corroborate.api.StoryAnalysis;
import org.corroborate.api.StoryComparer;
import org.corroborate.api.StoryGrouper;
import org.corroborate.brief.BriefOptions;
import org.corroborate.brief.Briefs;
import org.corroborate.compare.Comparers;
import org.corroborate.extract.Extractors;
import org.corroborate.group.EmbeddingMemory;
import org.corroborate.group.Groupers;
import org.corroborate.group.SentenceModel;
import org.corroborate.ingest.IngestOptions;
import org.corroborate.ingest.IngestResult;
import org.corroborate.ingest.Inputs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local pipeline: ingest → extract → annotate → resolve entities → group → compare → brief. One bad document
 * never aborts a run: its problem is recorded and the rest goes on.
 *
 * <p>An engine holds the loaded stages (the CoreNLP pipeline is loaded on first use and kept); create one per
 * process and reuse it. Thread-safe: concurrent runs share the stages, which are thread-safe.
 */
public final class Engine {

    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

    private final EngineOptions options;
    private final Extractor extractor;
    private final Supplier<Annotator> annotator;
    private final EntityResolver resolver;
    private final Function<SentenceModel, StoryGrouper> grouperFor;
    private final StoryGrouper grouper;
    private final StoryComparer comparer;
    private final Briefer briefer;
    private final SentenceModel sentenceModel;

    private Engine(EngineOptions options, Extractor extractor, Supplier<Annotator> annotator,
                   EntityResolver resolver, Function<SentenceModel, StoryGrouper> grouperFor, StoryComparer comparer,
                   Briefer briefer, SentenceModel sentenceModel) {
        this.options = Objects.requireNonNull(options, "options");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.annotator = Objects.requireNonNull(annotator, "annotator");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.comparer = Objects.requireNonNull(comparer, "comparer");
        this.briefer = Objects.requireNonNull(briefer, "briefer");
        this.sentenceModel = Objects.requireNonNull(sentenceModel, "sentenceModel");
        this.grouperFor = Objects.requireNonNull(grouperFor, "grouperFor");
        this.grouper = Objects.requireNonNull(grouperFor.apply(sentenceModel), "grouper");
    }

    /** The standard stages; the CoreNLP pipeline loads on first use. */
    public static Engine standard(EngineOptions options) {
        SentenceModel model = new SentenceModel();
        return new Engine(options, Extractors.standard(), new Memo<>(Annotators::coreNlp),
                Annotators.entityResolver(), Groupers::standard, Comparers.standard(),
                Briefs.standard(new BriefOptions(options.maxWords())), model);
    }

    /**
     * The standard downstream stages behind the given extract and annotate stages, e.g. hand-written fakes in
     * tests or a different annotator.
     */
    public static Engine withStages(EngineOptions options, Extractor extractor, Annotator annotator) {
        Objects.requireNonNull(annotator, "annotator");
        SentenceModel model = new SentenceModel();
        return new Engine(options, extractor, () -> annotator, Annotators.entityResolver(), Groupers::standard,
                Comparers.standard(), Briefs.standard(new BriefOptions(options.maxWords())), model);
    }

    /**
     * The standard compare and brief stages behind the given extract, annotate and group stages, e.g. a grouper that
     * knows the stories in advance for a benchmark that fills a store with many of them.
     */
    public static Engine withStages(EngineOptions options, Extractor extractor, Annotator annotator,
                                    StoryGrouper grouper) {
        Objects.requireNonNull(annotator, "annotator");
        Objects.requireNonNull(grouper, "grouper");
        return new Engine(options, extractor, () -> annotator, Annotators.entityResolver(), model -> grouper,
                Comparers.standard(), Briefs.standard(new BriefOptions(options.maxWords())), new SentenceModel());
    }

    /**
     * The same stages with another annotate stage, e.g. one that remembers results between runs.
     *
     * @param newAnnotator the annotate stage; never null
     */
    public Engine withAnnotator(Annotator newAnnotator) {
        Objects.requireNonNull(newAnnotator, "newAnnotator");
        return new Engine(options, extractor, () -> newAnnotator, resolver, grouperFor, comparer, briefer,
                sentenceModel);
    }

    /**
     * The same stages with another extract stage, e.g. one that remembers results between runs.
     *
     * @param newExtractor the extract stage; never null
     */
    public Engine withExtractor(Extractor newExtractor) {
        Objects.requireNonNull(newExtractor, "newExtractor");
        return new Engine(options, newExtractor, annotator, resolver, grouperFor, comparer, briefer, sentenceModel);
    }

    /** The same stages with other options (the loaded annotator is shared, not reloaded). */
    public Engine withOptions(EngineOptions newOptions) {
        Briefer newBriefer = newOptions.maxWords() == options.maxWords() ? briefer
                : Briefs.standard(new BriefOptions(newOptions.maxWords()));
        return new Engine(newOptions, extractor, annotator, resolver, grouperFor, comparer, newBriefer,
                sentenceModel);
    }

    /**
     * The same stages with a sentence model that looks texts up in {@code memory} before embedding them (the loaded
     * model is shared, not reloaded), e.g. a store's table of the vectors of earlier runs. Results are unchanged: a
     * remembered vector is the model's own. A grouper given to {@link #withStages(EngineOptions, Extractor, Annotator,
     * StoryGrouper)} is kept as it is.
     *
     * @param memory the memory; never null
     */
    public Engine withEmbeddingMemory(EmbeddingMemory memory) {
        return new Engine(options, extractor, annotator, resolver, grouperFor, comparer, briefer,
                sentenceModel.withMemory(memory));
    }

    public EngineOptions options() {
        return options;
    }

    /**
     * The sentence model of this engine's grouper (loaded on first use), for other parts of the process that embed
     * text, such as a store's semantic search, so that the model is loaded once.
     */
    public SentenceModel sentenceModel() {
        return sentenceModel;
    }

    /** The extract stage, for commands that only extract. */
    public Extractor extractor() {
        return extractor;
    }

    /** The annotate stage (loads CoreNLP on first call). */
    public Annotator annotator() {
        return annotator.get();
    }

    /** Reads {@code inputs} (files and folders) and runs every stage. */
    public RunResult run(List<Path> inputs, Progress progress) {
        IngestResult ingested = Inputs.read(inputs, new IngestOptions(options.maxInputBytes(), options.maxInputBytes()));
        return run(ingested.documents(), ingested.problems(), progress);
    }

    /** Runs every stage on documents already read; {@code earlierProblems} are carried into the result. */
    public RunResult run(List<RawDocument> documents, List<Problem> earlierProblems, Progress progress) {
        List<Problem> problems = new ArrayList<>(earlierProblems);
        List<Article> articles = extractAll(documents, problems, progress);
        List<AnnotatedArticle> annotated = annotateAll(articles, problems, progress);
        List<AnnotatedArticle> resolved = resolver.resolve(annotated);
        Map<String, AnnotatedArticle> byId = new HashMap<>();
        resolved.forEach(a -> byId.put(a.id(), a));

        Grouping grouping = grouper.group(resolved);
        progress.begin("Comparing", grouping.stories().size());
        List<StoryResult> stories = new ArrayList<>();
        for (Story story : grouping.stories()) {
            List<AnnotatedArticle> members = story.articleIds().stream().map(byId::get).toList();
            StoryAnalysis analysis = comparer.compare(story, members);
            Brief brief = briefer.brief(story, members, analysis);
            stories.add(new StoryResult(story, members, analysis, brief));
            progress.advance();
        }
        progress.end();
        return new RunResult(stories, problems);
    }

    /**
     * Runs every stage except grouping: all documents that survive extraction and annotation form ONE story, e.g.
     * for evaluation on clusters known to cover one event. The story's articles are in input order, it has no copy
     * edges and no explanation, and its id follows the grouper's rule ({@code "s"} and the first 10 hex digits of
     * the SHA-256 of the sorted article ids joined by {@code "\n"}).
     *
     * @param documents       the documents; never null
     * @param earlierProblems problems carried into the result; never null
     * @param progress        receives progress; never null
     * @return one story, or none when no document survived; every problem met on the way
     */
    public RunResult briefSingleStory(List<RawDocument> documents, List<Problem> earlierProblems, Progress progress) {
        List<Problem> problems = new ArrayList<>(earlierProblems);
        List<AnnotatedArticle> resolved = resolver.resolve(
                annotateAll(extractAll(documents, problems, progress), problems, progress));
        if (resolved.isEmpty()) {
            return new RunResult(List.of(), problems);
        }
        List<String> ids = resolved.stream().map(AnnotatedArticle::id).toList();
        String id;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", ids.stream().sorted().toList()).getBytes(StandardCharsets.UTF_8));
            id = "s" + HexFormat.of().formatHex(hash, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
        Story story = new Story(id, ids, List.of(), List.of());
        progress.begin("Comparing", 1);
        StoryAnalysis analysis = comparer.compare(story, resolved);
        Brief brief = briefer.brief(story, resolved, analysis);
        progress.advance();
        progress.end();
        return new RunResult(List.of(new StoryResult(story, resolved, analysis, brief)), problems);
    }

    private List<Article> extractAll(List<RawDocument> documents, List<Problem> problems, Progress progress) {
        progress.begin("Extracting", documents.size());
        Map<String, Article> byId = new LinkedHashMap<>();
        for (RawDocument document : documents) {
            try {
                Article article = extractor.extract(document);
                Article earlier = byId.get(article.id());
                if (earlier != null) {
                    problems.add(Problem.skipped(document.source(), "same article as " + earlier.source()
                            + " (id " + article.id() + "); read once"));
                } else {
                    byId.put(article.id(), article);
                    article.warnings().forEach(w -> problems.add(Problem.warning(document.source(), w)));
                }
            } catch (BadInputException e) {
                problems.add(Problem.skipped(document.source(), e.problem()));
            } catch (RuntimeException e) {
                LOG.debug("extraction failed for {}", document.source(), e);
                problems.add(Problem.skipped(document.source(), "extraction failed: " + describe(e)));
            }
            progress.advance();
        }
        progress.end();
        return List.copyOf(byId.values());
    }

    private List<AnnotatedArticle> annotateAll(List<Article> articles, List<Problem> problems, Progress progress) {
        if (articles.isEmpty()) {
            return List.of();
        }
        Annotator stage = annotator.get();
        progress.begin("Annotating", articles.size());
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.threads(), articles.size()));
        try {
            List<Future<AnnotatedArticle>> futures = new ArrayList<>();
            for (Article article : articles) {
                futures.add(pool.submit(() -> {
                    try {
                        return stage.annotate(article);
                    } finally {
                        progress.advance();
                    }
                }));
            }
            List<AnnotatedArticle> result = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                Article article = articles.get(i);
                try {
                    AnnotatedArticle done = futures.get(i).get();
                    done.warnings().forEach(w -> problems.add(Problem.warning(article.source(), w)));
                    result.add(done);
                } catch (ExecutionException e) {
                    LOG.debug("annotation failed for {}", article.source(), e.getCause());
                    problems.add(Problem.skipped(article.source(), "annotation failed: " + describe(e.getCause())));
                }
            }
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while annotating", e);
        } finally {
            pool.shutdownNow();
            progress.end();
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** Computes a value once, on first use; thread-safe. */
    private static final class Memo<T> implements Supplier<T> {
        private final Supplier<T> delegate;
        private volatile T value;

        Memo(Supplier<T> delegate) {
            this.delegate = delegate;
        }

        @Override
        public T get() {
            T result = value;
            if (result == null) {
                synchronized (this) {
                    result = value;
                    if (result == null) {
                        result = delegate.get();
                        value = result;
                    }
                }
            }
            return result;
        }
    }
}
