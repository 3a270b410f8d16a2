import { type Fen, parseFen } from '@gonghui/domain';
import { GraphQLError, Kind, type ValueNode } from 'graphql';
import { builder } from '../../builder.js';

/**
 * The one type of money on the API: a whole number of fen (分, 1 元 = 100 分) carried as a JSON
 * number. GraphQL `Int` stops at 2^31 − 1 fen (about 21.47 million 元, less than a city's
 * budget) and `Float` admits fractions of a fen; `Fen` is neither. The rule is the domain's
 * `parseFen`; a field's own lower bound (e.g. a budget allocation above 0) is checked where the
 * field is used.
 */
const RULE_TEXT = 'Fen 须为整数分的 JSON 数字（安全整数，不能有小数，不能是字符串）';

function parseFenInput(value: unknown): Fen {
  const parsed = parseFen(value, 'Fen');
  if (!parsed.ok) {
    throw new GraphQLError(`${parsed.error.message}：${RULE_TEXT} [${parsed.error.rule}]`, {
      extensions: { code: 'VALIDATION_FAILED', rule: parsed.error.rule },
    });
  }
  return parsed.value;
}

/** A literal in the document: an Int or Float token is read as a number; anything else is not one. */
function literalValue(ast: ValueNode): unknown {
  if (ast.kind === Kind.INT || ast.kind === Kind.FLOAT) return Number(ast.value);
  if (ast.kind === Kind.STRING) return ast.value;
  return null;
}

builder.scalarType('Fen', {
  description:
    'Money: a whole number of fen (分; 1 元 = 100 分) as a JSON number, never a string. A safe integer (at most 2^53 − 1 in magnitude, so amounts above Int’s 21.47 million 元 fit exactly); fractions of a fen are refused. Fields may bound it further (e.g. above 0), as their descriptions say.',
  serialize: (value) => {
    const amount = typeof value === 'bigint' ? Number(value) : value;
    if (!Number.isSafeInteger(amount) || (typeof value === 'bigint' && BigInt(amount) !== value)) {
      throw new GraphQLError(
        `Fen cannot represent ${String(value)}: not a safe whole number of fen`,
      );
    }
    return amount === 0 ? 0 : amount;
  },
  parseValue: parseFenInput,
  parseLiteral: (ast) => parseFenInput(literalValue(ast)),
});
