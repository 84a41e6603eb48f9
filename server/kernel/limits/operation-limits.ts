/**
 * Validation rules that bound the shape of an operation: how deep its fields nest, how many aliases
 * and how many directives it uses. They run with graphql-js's own rules (Apollo's `validationRules`),
 * so a refusal is a GRAPHQL_VALIDATION_FAILED error (HTTP 400) before anything executes, and Apollo
 * caches the verdict with the parsed document.
 *
 * Fragments count once per spread, as if written out in place: a document that spreads a fragment of
 * 10 aliases twice uses 20. Cycles of fragments are left to graphql-js's NoFragmentCyclesRule.
 */
import {
  type ASTNode,
  GraphQLError,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  visit,
} from 'graphql';

/**
 * Introspection fields are not counted for depth: graphql-js (16.9+) bounds their nesting with its
 * own MaxIntrospectionDepthRule, one of `specifiedRules`, and the standard introspection query that
 * the explorer and code generators send nests `ofType` deeper than any application query should.
 */
const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

function operationLabel(operation: OperationDefinitionNode): string {
  return operation.name ? `Operation "${operation.name.value}"` : 'The operation';
}

interface DepthResult {
  depth: number;
  /** Response keys along the deepest path, for the error message. */
  path: string[];
}

/** Depth of a selection set: 1 for a field without sub-selection, fragments seen through. */
function selectionDepth(
  context: ValidationContext,
  selectionSet: SelectionSetNode,
  fragments: Map<string, DepthResult>,
  visiting: Set<string>,
): DepthResult {
  let deepest: DepthResult = { depth: 0, path: [] };
  for (const selection of selectionSet.selections) {
    let candidate: DepthResult | undefined;
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      const below =
        selection.selectionSet && !INTROSPECTION_ROOTS.has(selection.name.value)
          ? selectionDepth(context, selection.selectionSet, fragments, visiting)
          : { depth: 0, path: [] };
      candidate = { depth: below.depth + 1, path: [key, ...below.path] };
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      candidate = selectionDepth(context, selection.selectionSet, fragments, visiting);
    } else {
      const name = selection.name.value;
      candidate = fragments.get(name);
      const fragment = candidate || visiting.has(name) ? undefined : context.getFragment(name);
      if (fragment) {
        visiting.add(name);
        candidate = selectionDepth(context, fragment.selectionSet, fragments, visiting);
        visiting.delete(name);
        fragments.set(name, candidate);
      }
    }
    if (candidate && candidate.depth > deepest.depth) deepest = candidate;
  }
  return deepest;
}

/** Refuses operations whose fields nest deeper than `limit` (root fields are at depth 1). */
export function maxDepthRule(limit: number): ValidationRule {
  return (context) => {
    const fragments = new Map<string, DepthResult>();
    return {
      OperationDefinition(operation) {
        const { depth, path } = selectionDepth(context, operation.selectionSet, fragments, new Set());
        if (depth > limit) {
          context.reportError(
            new GraphQLError(
              `${operationLabel(operation)} nests fields ${depth} levels deep (${path.join(' > ')}); at most ${limit} levels are allowed.`,
              { nodes: [operation], extensions: { depth: { requested: depth, limit } } },
            ),
          );
        }
        return false;
      },
    };
  };
}

/**
 * Counts the nodes `counts` picks out in an operation, with each fragment's nodes counted once per
 * spread (memoised, so a document that spreads fragments into each other cannot make this slow).
 */
function countInOperation(context: ValidationContext, operation: OperationDefinitionNode, counts: (node: ASTNode) => boolean): number {
  const perFragment = new Map<string, number>();
  const countIn = (root: ASTNode, visiting: Set<string>): number => {
    let total = 0;
    visit(root, {
      enter(node) {
        if (counts(node)) total += 1;
        if (node.kind !== Kind.FRAGMENT_SPREAD) return undefined;
        const name = node.name.value;
        let inFragment = perFragment.get(name);
        if (inFragment === undefined && !visiting.has(name)) {
          const fragment = context.getFragment(name);
          if (fragment) {
            visiting.add(name);
            inFragment = countIn(fragment, visiting);
            visiting.delete(name);
            perFragment.set(name, inFragment);
          }
        }
        total += inFragment ?? 0;
        return undefined;
      },
    });
    return total;
  };
  return countIn(operation, new Set());
}

/** Refuses operations with more than `limit` aliases (a cheap way to repeat an expensive field). */
export function maxAliasesRule(limit: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const aliases = countInOperation(context, operation, (node) => node.kind === Kind.FIELD && node.alias !== undefined);
      if (aliases > limit) {
        context.reportError(
          new GraphQLError(`${operationLabel(operation)} uses ${aliases} aliases; at most ${limit} are allowed.`, {
            nodes: [operation],
            extensions: { aliases: { requested: aliases, limit } },
          }),
        );
      }
      return false;
    },
  });
}

/** Refuses operations with more than `limit` directives (`@include`, `@skip`, repeated or not). */
export function maxDirectivesRule(limit: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const directives = countInOperation(context, operation, (node) => node.kind === Kind.DIRECTIVE);
      if (directives > limit) {
        context.reportError(
          new GraphQLError(`${operationLabel(operation)} uses ${directives} directives; at most ${limit} are allowed.`, {
            nodes: [operation],
            extensions: { directives: { requested: directives, limit } },
          }),
        );
      }
      return false;
    },
  });
}
