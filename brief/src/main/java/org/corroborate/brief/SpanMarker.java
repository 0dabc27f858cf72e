package org.corroborate.brief;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Writes an article's clean text as escaped HTML with cited spans wrapped in {@code <mark id="cN">}. Spans may nest
 * (a number inside a sentence); a span that crosses another is split, its continuation marked without an id, so the
 * output is always well-formed. Confined to one call.
 */
final class SpanMarker {

    /** A span to mark: {@code [start, end)} of the text, anchored as citation {@code number} (0: continuation). */
    record Mark(int start, int end, int number) {
    }

    private record Piece(int start, int end, int number, int seq) {
    }

    private static final class Node {
        final Piece piece;
        final List<Node> children = new ArrayList<>();

        Node(Piece piece) {
            this.piece = piece;
        }
    }

    private SpanMarker() {
    }

    /** {@code text} as HTML with each mark (offsets within the text) wrapped; text is escaped. */
    static String mark(String text, List<Mark> marks) {
        PriorityQueue<Piece> queue = new PriorityQueue<>(Comparator.comparingInt(Piece::start)
                .thenComparing(Comparator.comparingInt(Piece::end).reversed())
                .thenComparingInt(Piece::seq));
        int seq = 0;
        for (Mark m : marks) {
            if (m.start() >= 0 && m.end() >= m.start() && m.end() <= text.length()) {
                queue.add(new Piece(m.start(), m.end(), m.number(), seq++));
            }
        }
        Node root = new Node(new Piece(0, text.length(), -1, -1));
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        while (!queue.isEmpty()) {
            Piece p = queue.poll();
            while (stack.size() > 1 && stack.peek().piece.end() <= p.start()) {
                stack.pop();
            }
            Node top = stack.peek();
            if (p.end() > top.piece.end()) {
                queue.add(new Piece(top.piece.end(), p.end(), 0, seq++));
                p = new Piece(p.start(), top.piece.end(), p.number(), p.seq());
            }
            Node node = new Node(p);
            top.children.add(node);
            stack.push(node);
        }
        StringBuilder out = new StringBuilder(text.length() + marks.size() * 40);
        render(text, root, out);
        return out.toString();
    }

    private static void render(String text, Node node, StringBuilder out) {
        Piece p = node.piece;
        if (p.number() > 0) {
            out.append("<mark id=\"c").append(p.number()).append("\" data-n=\"").append(p.number()).append("\">");
        } else if (p.number() == 0) {
            out.append("<mark class=\"cont\">");
        }
        int cursor = p.start();
        for (Node child : node.children) {
            out.append(HtmlRenderer.esc(text.substring(cursor, child.piece.start())));
            render(text, child, out);
            cursor = child.piece.end();
        }
        out.append(HtmlRenderer.esc(text.substring(cursor, p.end())));
        if (p.number() >= 0) {
            out.append("</mark>");
        }
    }
}
