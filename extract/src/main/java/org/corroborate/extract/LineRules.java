package org.corroborate.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * General rules that recognise one line of page furniture, wherever it stands: navigation, separators, share and
 * sign-up prompts, comment widgets, disclaimers, photo captions, and agency credits. No rule is keyed to a site.
 */
final class LineRules {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** What a line is. */
    enum Kind {
        /** Page furniture: drop it. */
        FURNITURE,
        /** An agency or copyright credit: keep it in {@code credits}, not in the body. */
        CREDIT,
        /** A marker after which only furniture follows ("Archived In", "Comments", "Related"). */
        TAIL_MARKER
    }

    /** A line's verdict with the reason shown by {@code explain}. */
    record Verdict(Kind kind, String reason) {
    }

    private static final Set<String> NAVIGATION = Set.of("skip to content", "skip to main content", "menu",
            "main menu", "search", "home", "close", "open", "toggle navigation", "navigation", "sign in", "log in",
            "login", "log out", "register", "subscribe", "subscribe now", "share", "share this", "share this article",
            "share this story", "tweet", "email", "e-mail", "print", "copy link", "link copied", "copied",
            "advertisement", "advertising", "advert", "ad", "sponsored", "sponsored content", "read more", "continue reading",
            "show more", "load more", "back to top", "more information", "more info", "listen to this article",
            "listen", "follow us", "facebook", "twitter", "x", "whatsapp", "linkedin", "reddit", "telegram",
            "pinterest", "flipboard", "cerrar", "compartir", "publicidad", "anuncio", "m\u00e1s informaci\u00f3n",
            "schlie\u00dfen", "teilen", "anzeige", "werbung", "fermer", "partager", "publicit\u00e9",
            "lire la suite", "leer m\u00e1s", "weiterlesen", "chiudi", "condividi", "pubblicit\u00e0",
            "send to friend", "form code", "print this", "email this", "gift this article", "save", "saved",
            "inhaltsverzeichnis", "table of contents", "externer inhalt", "external content", "quellen ausblenden",
            "quellen anzeigen", "mehr anzeigen", "weniger anzeigen", "show less", "bild anzeigen bild schlie\u00dfen");
    /** A menu bar: three or more short items separated by bars or bullets ("Home | World | Business"). */
    private static final Pattern MENU_BAR = Pattern.compile("^[^.!?:;|\u00b7\u2022]{1,30}"
            + "(\\s*[|\u00b7\u2022]\\s*[^.!?:;|\u00b7\u2022]{1,30}){2,}$");
    private static final Pattern SKIP_LINK = Pattern.compile("(?i)^(skip|jump|go) to\\b.{0,40}$");
    private static final Pattern RULE = Pattern.compile("^[\\p{Punct}\\p{S}\\s\u2013\u2014\u2015\u2012\u00b7\u2022]+$");
    private static final Pattern WIDGET = Pattern.compile("(?i)\\b(send to (a )?friend|email to a friend|form code|"
            + "print this (page|article)|share (this|on|via)\\b|copy (the )?link|click to share|opens in new window|"
            + "teilen sie (dies|diesen|den)|(diesen |den )?(artikel|beitrag) teilen|^teilen mit\\b|compartilhe|"
            + "(war|ist) (der|dieser) (artikel|beitrag) (n\u00fctzlich|hilfreich)|was this (article|post|page) helpful)");
    private static final Pattern PROMPT = Pattern.compile("(?i)^(sign up|signup|subscribe|register|join|get|follow|"
            + "like us|download|reg[i\u00ed]strate|suscr[i\u00ed]bete|abonnez|abonnieren|melden sie sich)\\b.*\\b("
            + "newsletters?|updates|alerts|app|inbox|free|today|now|us|briefing|digest|e-?mails?|bolet[i\u00ed]n|"
            + "lettre|edition|coverage)\\b.*");
    private static final Pattern NEWSLETTER = Pattern.compile("(?i)\\b(newsletters?|bolet[i\u00ed]n|lettre d'information)"
            + "\\b.*\\b(sign up|subscribe|inbox|delivered|receive|suscr|abonn)|\\b(sign up|subscribe)\\b.*\\bnewsletters?\\b");
    private static final Pattern CALL_TO_ACTION = Pattern.compile("(?i)\\b(click here|tap here|haga clic aqu\u00ed|"
            + "klicken sie hier|cliquez ici)\\b");
    private static final Pattern COMMENTS = Pattern.compile("(?iu)^((\\d+\\s+)?comments?|comentarios|kommentare|"
            + "commentaires|commenti|\u043a\u043e\u043c\u043c\u0435\u043d\u0442\u0430\u0440\u0438\u0438|"
            + "\u0434\u043e\u0431\u0430\u0432\u0438\u0442\u044c (\u043e\u0442\u0437\u044b\u0432|"
            + "\u043a\u043e\u043c\u043c\u0435\u043d\u0442\u0430\u0440\u0438\u0439)|reader comments|"
            + "join the (conversation|discussion)|leave a (comment|reply)|"
            + "(add|post|write|show|view|load|see|read) (a |all |the )?(\\d+ )?comments?|comments are closed|"
            + "(einen )?kommentar (verfassen|schreiben|hinterlassen)|schreibe einen kommentar|deja un comentario|"
            + "laisser un commentaire)"
            + "\\b.{0,40}$");
    private static final Pattern COMMENT_SYSTEM = Pattern.compile("(?i)\\b(disqus|commenting system|comment policy|"
            + "community guidelines|comments? section)\\b");
    private static final Pattern ARCHIVE = Pattern.compile("(?i)^(archived in|filed under|recommendations?|"
            + "recomendaciones|recomendados|empfehlungen|recommand\u00e9s?|recommended( for you| stories| articles| reading)?|"
            + "related( articles| stories| coverage| content| topics| news| posts)?|more (from|on|stories|news|in)\\b.*|"
            + "most (read|popular|viewed|shared)|read (next|also)|you (may|might) also like|see also|also read|"
            + "lo m\u00e1s (visto|le\u00eddo)|te puede interesar|mehr zum thema|meistgelesen|\u00e0 lire aussi|"
            + "sur le m\u00eame sujet|topics|tags|trending( now)?|popular( now)?|voc\u00ea (tamb\u00e9m )?pode gostar|"
            + "(tambi\u00e9n )?te (puede|podr\u00eda) gustar|vous aimerez (peut-\u00eatre )?aussi|potrebbe piacerti)"
            + "\\b.{0,40}$");
    /**
     * A "read also" heading in several languages. Unlike {@link #ARCHIVE} it often stands inside the article, above
     * one link: only the line itself is furniture.
     */
    private static final Pattern READ_ALSO = Pattern.compile("(?iu)^((you (may|might) )?also be interested in|"
            + "lesen sie (auch|mehr)|lies auch|auch interessant|ebenfalls interessant|passend (dazu|zum thema)|"
            + "das (thema )?k\u00f6nnte (sie|dich) (auch )?interessieren|schon gelesen|zum weiterlesen|lust auf mehr|"
            + "(weitere|verwandte|\u00e4hnliche) (artikel|beitr\u00e4ge|themen)|veja tamb\u00e9m|leia tamb\u00e9m|"
            + "lee tambi\u00e9n|tambi\u00e9n te puede interesar|noticias relacionadas|lire aussi|voir aussi|leggi anche|"
            + "potrebbe interessarti|articoli correlati|czytaj (tak\u017ce|te\u017c)|zobacz (tak\u017ce|te\u017c)|"
            + "lees ook|\u0447\u0438\u0442\u0430\u0439\u0442\u0435 \u0442\u0430\u043a\u0436\u0435|"
            + "\u0441\u043c\u043e\u0442\u0440\u0438\u0442\u0435 \u0442\u0430\u043a\u0436\u0435|"
            + "\u0441\u0430\u043c\u044b\u0435 \u043f\u043e\u043f\u0443\u043b\u044f\u0440\u043d\u044b\u0435)(?![\\p{L}\\p{N}]).{0,40}$");
    /** A notice shown in place of a script-driven widget ("This slideshow requires JavaScript."). */
    private static final Pattern SCRIPT_NOTICE = Pattern.compile("(?i)\\b(requires|needs|enable|activate) javascript\\b");
    /** A line of numbers only: page links or a rating scale ("1 2 3 4 5"). */
    private static final Pattern NUMBERS_ONLY = Pattern.compile("^\\d{1,3}(\\s+\\d{1,3}){2,}$");
    private static final Pattern DISCLAIMER = Pattern.compile("(?i)^(disclaimer|legal disclaimer|risk disclaimer|"
            + "risk warning|haftungsausschluss|aviso legal|descargo de responsabilidad|avertissement|"
            + "avis de non-responsabilit\u00e9|editor'?s note: this (article|content) (is|was) (generated|sponsored))"
            + "\\s*[:\uff1a\u2013-]");
    private static final Pattern ADVICE = Pattern.compile("(?i)^(this is not (financial|investment) advice|"
            + "investing (carries|involves) risks?)\\b");
    private static final Pattern CAPTION_END = Pattern.compile("(?i)\\((photo|photos|image|picture|foto|fotograf\u00eda|"
            + "bild|photograph|illustration|video|credit|cr\u00e9dit|cr\u00e9dito)s?\\s*(:|by)[^()]*\\)\\s*$");
    private static final Pattern CAPTION_START = Pattern.compile("(?i)^(photo|image|picture|foto|bild|illustration|"
            + "photograph)( credit)?\\s*[:|]\\s*\\S.*");
    private static final Pattern AGENCY_CAPTION = Pattern.compile("(?i)(\\(|\\|\\s*|\\b)(getty images|shutterstock|"
            + "ap photo|afp photo|reuters/|afp via getty images|epa-efe|alamy)[^()]*\\)?\\s*$");
    private static final Pattern DESK_INITIALS = Pattern.compile("^[a-z]{1,5}(?:[-/][a-z]{1,5}){1,5}$");
    /** The longest holder of a copyright credit line, in characters. */
    private static final int MAX_COPYRIGHT_HOLDER = 80;
    private static final Pattern REPORTING = Pattern.compile("(?i)^\\(?(?:additional |with )?(?:reporting|writing|"
            + "editing|compiled|translated) by\\b.{2,300}$");
    private static final Pattern AGENCY_SIGNOFF = Pattern.compile("^[-\u2013\u2014]\\s*(AFP|AP|Reuters|dpa|EFE|ANSA|"
            + "Xinhua|Bloomberg|PA)\\s*$|^\\((AFP|AP|Reuters|dpa|EFE|ANSA)\\)$");

    /** An invitation to follow the outlet on a social network or to install its app. */
    private static final Pattern SOCIAL_PLATFORM = Pattern.compile("(?iu)(?<!\\p{L})(telegram|whatsapp|youtube|"
            + "instagram|facebook|twitter|tiktok|ios|android|google play|app store)(?!\\p{L})");
    private static final Pattern FOLLOW_INVITATION = Pattern.compile("(?iu)(?<!\\p{L})(s[i\u00ed]gu?[e\u00e9]nos|"
            + "s[i\u00ed]ganos|seguirnos|follow us|folg(t|en sie)? uns|suivez[- ]nous|[u\u00fa]nete|"
            + "download our .{0,40}apps?|(latest|breaking) (news|stories|updates).{0,40}download (the|our)|"
            + "descarga (la|nuestra) app|abonniere|suscr[i\u00ed]bete|suscr[i\u00ed]base|suscribirse|"
            + "nuestro canal|our channel|unseren? kanal|notre cha\u00eene)(?!\\p{L})");
    /** A sign-up prompt naming "our newsletter" after a sign-up verb in any form ("signing up to our newsletter"). */
    private static final Pattern OUR_NEWSLETTER = Pattern.compile("(?iu)(sign(ing|s)? up|subscrib\\p{L}*|"
            + "melde dich|melden sie sich|anmelden|abonnier\\p{L}*|inscri\\p{L}*|suscr\\p{L}*)\\b.{0,40}"
            + "\\b(our|unseren?|nuestr[oa]|notre|nos|ihren)\\s+(\\p{L}+\\s+)?newsletters?\\b");
    /** A prompt to write to the editor. */
    private static final Pattern LETTER_PROMPT = Pattern.compile("(?i)\\b(submit|send|write) (a|your) letter to "
            + "the editor\\b");
    /** A membership, donation or subscription pitch. */
    private static final Pattern PITCH = Pattern.compile("(?iu)^(hazte (miembro|socio)|become a (member|supporter)|"
            + "werden sie (jetzt )?mitglied|werde (jetzt )?mitglied|devenez membre|deviens membre)(?!\\p{L})|"
            + "(?<!\\p{L})((jede|every) (kleine |little )?(spende|donation) (hilft|helps|counts)|"
            + "cancela cuando quieras|cancel (at )?any ?time|jederzeit k\u00fcndbar)(?!\\p{L})");
    /** A caption naming its figure at the start ("Abbildung 4: ...", "Titelbild: ..."). */
    private static final Pattern FIGURE_LABEL = Pattern.compile("(?iu)^(abbildung|abb\\.|titelbild|beitragsbild|"
            + "grafik|figure|fig\\.|imagen|ilustraci\u00f3n)(\\s*\\d+)?\\s*[:|]\\s*\\S.*");
    /** A short caption naming the photo's source after a comma ("Roman Prymula, photo: Government archives"). */
    private static final Pattern PHOTO_SOURCE = Pattern.compile("(?iu),\\s*(photo|foto|bild|image)\\s*:\\s*\\S");
    /** A caption ending in the picture's copyright ("... © AFP / Marco Bertorello", "Foto © Jane Doe"). */
    private static final Pattern COPYRIGHT_END = Pattern.compile("(?iu)\\S.*(\\s|\\p{L}|[.!?])"
            + "((foto|photo|bild|image)\\s*:?\\s*)?\u00a9\\s*[^\u00a9.!?]{1,60}$");
    /** A caption behind an "enlarge" button's label. */
    private static final Pattern ENLARGE = Pattern.compile("(?iu)^(vergr\u00f6\u00dfern|bild vergr\u00f6\u00dfern|"
            + "enlarge|zoom)\\s+\\S.*");
    /** A notice of the page's copyright or licence ("the copyrighted property of", "unter der Lizenz CC-BY"). */
    private static final Pattern LICENCE = Pattern.compile("(?iu)\\b(copyrighted property of|written permission must "
            + "be obtained|unter der lizenz cc|licensed under (a )?creative commons|this work is licensed)\\b");
    /** A disclosure of advertising or affiliate links. */
    private static final Pattern AD_DISCLOSURE = Pattern.compile("(?iu)\\b(affiliate[- ]links?|contains references "
            + "to products from|we may (receive|earn) (a )?(compensation|commission)|advertisers do not influence|"
            + "(beitrag|artikel) enth\u00e4lt (werbung|affiliate))\\b|^\\*?(werbung|anzeige)\\s*[.:\u2013-]\\s*\\S");
    /** A widget still loading, or a captcha. */
    private static final Pattern LOADING = Pattern.compile("(?iu)((loading|wird geladen|lade|cargando|chargement)"
            + "\\s*(\\.\\.\\.|\u2026)|\\bcaptcha\\b)\\s*\\.?$");
    /** A heading over the author box or contact box that closes an article. */
    private static final Pattern CLOSING_BOX = Pattern.compile("(?iu)^(\u00fcber den autor|\u00fcber die autorin|"
            + "zum autor|zur autorin|about the author|sobre el autor|\u00e0 propos de l'auteur|kontakt|pressekontakt|"
            + "ansprechpartner(in)?( zum thema)?|contact|media contact|press contact|weitere informationen|"
            + "zusatzinformationen|quellenangaben)\\s*:?$");

    /** A source credit ("Quelle: Landesregierung", "Source: company figures"). */
    private static final Pattern SOURCE_CREDIT = Pattern.compile("(?iu)^(quelle|source|fuente|fonte)\\s*:\\s*\\S.*");
    /** A post's date or publication line ("Published: 2 May 2022", "Release date:", "Verfasst von: X | 3. Mai"): the
     * colon tells it from a sentence ("Published in 1962, the novel..."). */
    private static final Pattern POST_DATE = Pattern.compile("(?iu)^(ver\u00f6ffentlicht|ver\u00f6ffentlichung|"
            + "published|posted|erstellt|verfasst|release date|news date|publication date)"
            + "( (am|on|von|by|in))?\\s*:(\\s*\\S.*)?$");
    private static final Pattern YEAR_OR_COLON_END = Pattern.compile("\\d{1,2}[./]\\s?\\d{1,2}[./]\\s?\\d{2,4}|"
            + "\\b(19|20)\\d\\d\\b|:\\s*$");
    /** A blog's post footer ("This entry was posted on ... and filed under ..."). */
    private static final Pattern POST_FOOTER = Pattern.compile("(?iu)\\b(this entry was posted|"
            + "dieser (eintrag|beitrag) wurde am|der (eintrag|beitrag) wurde am|und abgelegt unter)\\b");
    /** A line of a date or a time alone ("23.10.2018", "3:59 PM"). */
    private static final Pattern DATE_ONLY = Pattern.compile("(?i)^(\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|"
            + "\\d{4}-\\d{2}-\\d{2}|\\d{1,2}:\\d{2}(\\s*(am|pm|uhr|h))?)"
            + "(,?\\s+(\\d{1,2}:\\d{2}(\\s*(am|pm|uhr|h))?))?$");

    /** A heading over links to more of the site ("Mehr zu Klima und Konsum", "Weitere Tourentipps in Schweden"). */
    private static final Pattern MORE_HEADING = Pattern.compile("(?iu)^(mehr|weitere|weiterf\u00fchrende)"
            + "( \\p{L}+){0,2} (zu|zum|zur|auf|aus|von|in|\u00fcber)( .{1,40})?[^.!?]$");

    private static final Pattern EDGE_PUNCT = Pattern.compile(
            "^[\\p{Punct}\\s\u00bb\u203a\u2192]+|[\\p{Punct}\\s\u00bb\u203a\u2192]+$");

    private LineRules() {
    }

    /** The verdict on one line, or empty when it may be article text. */
    static Optional<Verdict> classify(String line) {
        String text = line.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        int words = text.isEmpty() ? 0 : WHITESPACE.split(text).length;
        String bare = EDGE_PUNCT.matcher(lower).replaceAll("");
        if (text.isEmpty() || RULE.matcher(text).matches()) {
            return furniture("separator");
        }
        if (NAVIGATION.contains(bare) || SKIP_LINK.matcher(text).matches()
                || words <= 24 && MENU_BAR.matcher(text).matches()) {
            return furniture("navigation");
        }
        Optional<Verdict> credit = credit(text, words);
        if (credit.isPresent()) {
            return credit;
        }
        if (DISCLAIMER.matcher(text).find() || words <= 40 && ADVICE.matcher(text).find()) {
            return furniture("disclaimer");
        }
        if (COMMENT_SYSTEM.matcher(text).find() && words <= 60) {
            return Optional.of(new Verdict(Kind.TAIL_MARKER, "comment widget"));
        }
        if (words <= 8 && COMMENTS.matcher(text).matches()) {
            return Optional.of(new Verdict(Kind.TAIL_MARKER, "comment widget"));
        }
        if (words <= 8 && ARCHIVE.matcher(text).matches()) {
            return Optional.of(new Verdict(Kind.TAIL_MARKER, "end-of-article list"));
        }
        if (words <= 5 && CLOSING_BOX.matcher(text).matches()) {
            return Optional.of(new Verdict(Kind.TAIL_MARKER, "author or contact box"));
        }
        if (words <= 8 && (READ_ALSO.matcher(text).matches() || MORE_HEADING.matcher(text).matches())) {
            return furniture("recommendation heading");
        }
        if (words <= 12 && SCRIPT_NOTICE.matcher(text).find()) {
            return furniture("script notice");
        }
        if (NUMBERS_ONLY.matcher(text).matches()) {
            return furniture("page numbers");
        }
        if (words <= 10 && WIDGET.matcher(text).find()) {
            return furniture("share/print widget");
        }
        if (words <= 40 && (PROMPT.matcher(text).matches() || NEWSLETTER.matcher(text).find())) {
            return furniture("sign-up prompt");
        }
        if (words <= 40 && CALL_TO_ACTION.matcher(text).find()) {
            return furniture("call to action");
        }
        if (words <= 12 && SOURCE_CREDIT.matcher(text).matches()) {
            return Optional.of(new Verdict(Kind.CREDIT, "source credit"));
        }
        if (words <= 12 && POST_DATE.matcher(text).matches() && YEAR_OR_COLON_END.matcher(text).find()
                || words <= 60 && POST_FOOTER.matcher(text).find() || DATE_ONLY.matcher(text).matches()) {
            return furniture("post date line");
        }
        if (words <= 30 && SOCIAL_PLATFORM.matcher(text).find() && FOLLOW_INVITATION.matcher(text).find()) {
            return furniture("follow/app prompt");
        }
        if (words <= 40 && (OUR_NEWSLETTER.matcher(text).find() || LETTER_PROMPT.matcher(text).find())) {
            return furniture("sign-up prompt");
        }
        if (words <= 30 && PITCH.matcher(text).find()) {
            return furniture("membership/donation pitch");
        }
        if (words <= 60 && LICENCE.matcher(text).find()) {
            return furniture("copyright notice");
        }
        if (words <= 60 && AD_DISCLOSURE.matcher(text).find()) {
            return furniture("advertising disclosure");
        }
        if (words <= 14 && LOADING.matcher(text).find()) {
            return furniture("widget");
        }
        if (words <= 40 && (FIGURE_LABEL.matcher(text).matches() || ENLARGE.matcher(text).matches()
                || COPYRIGHT_END.matcher(text).matches()) || words <= 12 && PHOTO_SOURCE.matcher(text).find()) {
            return furniture("photo caption");
        }
        if (CAPTION_END.matcher(text).find() || words <= 40 && CAPTION_START.matcher(text).matches()
                || words <= 40 && AGENCY_CAPTION.matcher(text).find()) {
            return furniture("photo caption");
        }
        return Optional.empty();
    }

    /**
     * Whether {@code line} heads a list of other pages ("Related stories", "You may also like", "Read also"): the
     * element it heads is such a list.
     */
    static boolean headsPageList(String line) {
        String text = line.strip();
        int words = text.isEmpty() ? 0 : WHITESPACE.split(text).length;
        return words <= 8 && (ARCHIVE.matcher(text).matches() || READ_ALSO.matcher(text).matches());
    }

    private static Optional<Verdict> credit(String text, int words) {
        if (DESK_INITIALS.matcher(text).matches() || AGENCY_SIGNOFF.matcher(text).matches()) {
            return Optional.of(new Verdict(Kind.CREDIT, "credit"));
        }
        if (words <= 14 && CopyrightLine.parse(text).map(CopyrightLine::holder)
                .filter(h -> h.length() >= 2 && h.length() <= MAX_COPYRIGHT_HOLDER).isPresent()) {
            return Optional.of(new Verdict(Kind.CREDIT, "credit"));
        }
        if (words <= 50 && REPORTING.matcher(text).matches() && (text.startsWith("(") == text.endsWith(")"))) {
            return Optional.of(new Verdict(Kind.CREDIT, "credit"));
        }
        return Optional.empty();
    }

    /** The outlet a copyright credit names ("© 2025 The Daily Planet. All rights reserved." gives the name). */
    static Optional<String> copyrightHolder(String credit) {
        return CopyrightLine.parse(credit).flatMap(CopyrightLine::outlet);
    }

    /** Words that mark paywall, subscription and account notices, in several languages. */
    static final Pattern PAYWALL = Pattern.compile("(?iu)(?<!\\p{L})(subscri\\p{L}*|suscri\\p{L}*|abonn\\p{L}*|"
            + "abbona\\p{L}*|assinat\\p{L}*|assinante\\p{L}*|abo|abos|digitalabo|konto|cuenta|cuentas|conta|compte|"
            + "account|accounts|device|devices|dispositivo|dispositivos|appareil|appareils|ger\u00e4t|ger\u00e4ten|"
            + "password|contrase\u00f1a|senha|passwort|mot de passe|premium|paywall|log in|sign in|"
            + "iniciar sesi\u00f3n|inicia sesi\u00f3n|anmelden|einloggen|connectez-vous|se connecter|"
            + "free articles?|art\u00edculos gratuitos|already a (subscriber|member))(?!\\p{L})");

    /** How many paywall words {@code text} holds. */
    static int paywallWords(String text) {
        Matcher m = PAYWALL.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static Optional<Verdict> furniture(String reason) {
        return Optional.of(new Verdict(Kind.FURNITURE, reason));
    }
}
