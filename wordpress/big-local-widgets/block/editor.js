/**
 * The "Big Local widget" block in the editor: the sidebar picks the widget and what it shows,
 * and the canvas shows the real widget (the plugin's loader defines it), at its real height.
 * Plain JavaScript on WordPress's globals, so the plugin needs no build of its own. The block is
 * dynamic: it saves only its settings, in its comment, and the server writes the markup.
 */
(function (wp, settings) {
  const { createElement: el, Fragment, useEffect, useState } = wp.element;
  const { registerBlockType } = wp.blocks;
  const { InspectorControls, MediaUpload, MediaUploadCheck, useBlockProps } = wp.blockEditor;
  const { Button, ComboboxControl, PanelBody, SelectControl, TextControl } = wp.components;
  const words = settings.words;
  const byName = new Map(settings.widgets.map((widget) => [widget.name, widget]));

  /** Areas of a dataset, for the searchable area picker: fetched once per URL. */
  const areaLists = new Map();
  function areasOf(url) {
    if (!areaLists.has(url)) {
      areaLists.set(
        url,
        fetch(url)
          .then((response) => (response.ok ? response.json() : { areas: [] }))
          .then((data) => (Array.isArray(data.areas) ? data.areas : []))
          .catch(() => []),
      );
    }
    return areaLists.get(url);
  }

  function useAreas(src) {
    const url = src || settings.siteData || settings.defaultData;
    const [areas, setAreas] = useState([]);
    useEffect(() => {
      let current = true;
      areasOf(url).then((list) => current && setAreas(list));
      return () => {
        current = false;
      };
    }, [url]);
    return areas;
  }

  function AttributeControl({ attribute, value, onChange, areas }) {
    const label = words.attributes[attribute.name] || attribute.name;
    if (attribute.kind === 'area') {
      return el(ComboboxControl, {
        label,
        value: value || '',
        onChange: (next) => onChange(next || ''),
        options: areas
          .filter((area) => area && typeof area.id === 'string')
          .map((area) => ({ value: area.id, label: area.name || area.id })),
      });
    }
    if (attribute.kind === 'choice') {
      return el(SelectControl, {
        label,
        value: value || '',
        onChange,
        options: attribute.choices.map((choice, index) => ({
          value: choice,
          label: attribute.labels[index] || choice || words.defaultChoice,
        })),
      });
    }
    return el(TextControl, {
      label,
      value: value || '',
      type: attribute.kind === 'year' ? 'number' : 'text',
      onChange,
    });
  }

  function Edit({ attributes, setAttributes }) {
    const blockProps = useBlockProps();
    const widget = byName.get(attributes.widget) || settings.widgets[0];
    const options = attributes.options || {};
    const areas = useAreas(attributes.src);
    const setOption = (name) => (value) =>
      setAttributes({ options: Object.assign({}, options, { [name]: value }) });
    const preview = {};
    for (const attribute of widget.attributes) {
      if (options[attribute.name]) preview[attribute.name] = String(options[attribute.name]);
    }
    if (attributes.theme !== 'page') preview.theme = attributes.theme;
    const src = attributes.src || settings.siteData;
    if (src) preview.src = src;
    return el(
      Fragment,
      null,
      el(
        InspectorControls,
        null,
        el(
          PanelBody,
          { title: words.panel, initialOpen: true },
          el(SelectControl, {
            label: words.widget,
            value: widget.name,
            options: settings.widgets.map((entry) => ({ value: entry.name, label: entry.label })),
            onChange: (name) => setAttributes({ widget: name }),
          }),
          widget.attributes.map((attribute) =>
            el(AttributeControl, {
              key: attribute.name,
              attribute,
              value: options[attribute.name],
              onChange: setOption(attribute.name),
              areas,
            }),
          ),
          el(SelectControl, {
            label: words.theme,
            value: attributes.theme,
            options: [
              { value: 'page', label: words.themePage },
              { value: 'light', label: words.themeLight },
              { value: 'dark', label: words.themeDark },
              { value: 'auto', label: words.themeAuto },
            ],
            onChange: (theme) => setAttributes({ theme }),
          }),
          el(TextControl, {
            label: words.dataUrl,
            help: words.dataUrlHelp,
            type: 'url',
            value: attributes.src,
            onChange: (value) => setAttributes({ src: value }),
          }),
          el(
            MediaUploadCheck,
            null,
            el(MediaUpload, {
              allowedTypes: ['application/json'],
              onSelect: (media) => setAttributes({ src: media.url }),
              render: ({ open }) =>
                el(Button, { variant: 'secondary', onClick: open }, words.chooseFile),
            }),
          ),
          el(SelectControl, {
            label: words.mode,
            value: attributes.mode,
            options: [
              { value: 'script', label: words.modeScript },
              { value: 'iframe', label: words.modeIframe },
            ],
            onChange: (mode) => setAttributes({ mode }),
          }),
        ),
      ),
      el('div', blockProps, el(widget.tag, preview)),
    );
  }

  registerBlockType('big-local/widget', { edit: Edit, save: () => null });
})(window.wp, window.bigLocalWidgets);
