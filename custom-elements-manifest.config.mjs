// Read by `cem analyze` (npm run analyze, npm run build). The analyzer writes a property's type
// as its source spells it, so `theme?: Theme` reaches the manifest as `Theme`, which a reader of
// custom-elements.json (Storybook's controls, editors' completion, the framework typings) cannot
// resolve. This plugin writes each alias of string literals out as its union, `'light' | 'dark'`,
// so the alias in the source stays the one place the values are listed.

/** Alias name -> its union's text, for aliases that are unions of string literals only. */
const unions = new Map();
/** Names declared twice with different values: left as they are rather than guessed. */
const ambiguous = new Set();
/** `import { DirectoryView as ViewKind }`: the local name -> the alias's own name. */
const renames = new Map();

function remember(map, name, value) {
  if (map.has(name) && map.get(name) !== value) ambiguous.add(name);
  map.set(name, value);
}

/** `type Theme = 'light' | 'dark'` gives `'light' | 'dark'`; any other alias gives nothing. */
function literalUnion(ts, node) {
  const members = ts.isUnionTypeNode(node.type) ? node.type.types : [node.type];
  const values = members.map((member) =>
    ts.isLiteralTypeNode(member) && ts.isStringLiteral(member.literal)
      ? `'${member.literal.text}'`
      : undefined,
  );
  return values.every(Boolean) ? values.join(' | ') : undefined;
}

const expand = (text) =>
  text
    .split('|')
    .map((part) => part.trim())
    .map((part) => {
      const name = renames.get(part) ?? part;
      return ambiguous.has(part) || ambiguous.has(name) ? part : (unions.get(name) ?? part);
    })
    .join(' | ');

const literalUnions = {
  name: 'bl-literal-unions',
  analyzePhase({ ts, node }) {
    if (ts.isImportSpecifier(node) && node.propertyName) {
      remember(renames, node.name.text, node.propertyName.text);
    }
    if (!ts.isTypeAliasDeclaration(node)) return;
    const union = literalUnion(ts, node);
    if (union) remember(unions, node.name.text, union);
  },
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        for (const item of [...(declaration.attributes ?? []), ...(declaration.members ?? [])]) {
          if (item.type?.text) item.type.text = expand(item.type.text);
        }
      }
    }
  },
};

export default { plugins: [literalUnions] };
