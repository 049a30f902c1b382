/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Array = $util.global.Array, $Boolean = $util.global.Boolean, $parseInt = $util.global.parseInt, $Number = $util.global.Number, $BigInt = $util.global.BigInt, $isFinite = $util.global.isFinite;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const agent = $root.agent = (() => {

    /**
     * Namespace agent.
     * @exports agent
     * @namespace
     */
    const agent = {};

    agent.InfoRequest = (function() {

        /**
         * Properties of an InfoRequest.
         * @typedef {Object} agent.InfoRequest.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an InfoRequest.
         * @memberof agent
         * @interface IInfoRequest
         * @augments agent.InfoRequest.$Properties
         * @deprecated Use agent.InfoRequest.$Properties instead.
         */

        /**
         * Shape of an InfoRequest.
         * @typedef {agent.InfoRequest.$Properties} agent.InfoRequest.$Shape
         */

        /**
         * Constructs a new InfoRequest.
         * @memberof agent
         * @classdesc Represents an InfoRequest.
         * @constructor
         * @param {agent.InfoRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const InfoRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Creates a new InfoRequest instance using the specified properties.
         * @function create
         * @memberof agent.InfoRequest
         * @static
         * @param {agent.InfoRequest.$Properties=} [properties] Properties to set
         * @returns {agent.InfoRequest} InfoRequest instance
         * @type {{
         *   (properties: agent.InfoRequest.$Shape): agent.InfoRequest & agent.InfoRequest.$Shape;
         *   (properties?: agent.InfoRequest.$Properties): agent.InfoRequest;
         * }}
         */
        InfoRequest.create = function(properties) {
            return new InfoRequest(properties);
        };

        /**
         * Encodes the specified InfoRequest message. Does not implicitly {@link agent.InfoRequest.verify|verify} messages.
         * @function encode
         * @memberof agent.InfoRequest
         * @static
         * @param {agent.InfoRequest.$Properties} message InfoRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        InfoRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified InfoRequest message, length delimited. Does not implicitly {@link agent.InfoRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof agent.InfoRequest
         * @static
         * @param {agent.InfoRequest.$Properties} message InfoRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        InfoRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an InfoRequest message from the specified reader or buffer.
         * @function decode
         * @memberof agent.InfoRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {agent.InfoRequest & agent.InfoRequest.$Shape} InfoRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        InfoRequest.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.agent.InfoRequest();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                reader.skipType(tag & 7, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes an InfoRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof agent.InfoRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {agent.InfoRequest & agent.InfoRequest.$Shape} InfoRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        InfoRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an InfoRequest message.
         * @function verify
         * @memberof agent.InfoRequest
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        InfoRequest.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            return null;
        };

        /**
         * Creates an InfoRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof agent.InfoRequest
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {agent.InfoRequest} InfoRequest
         */
        InfoRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.agent.InfoRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".agent.InfoRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            return new $root.agent.InfoRequest();
        };

        /**
         * Creates a plain object from an InfoRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof agent.InfoRequest
         * @static
         * @param {agent.InfoRequest} message InfoRequest
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        InfoRequest.toObject = function () {
            return {};
        };

        /**
         * Converts this InfoRequest to JSON.
         * @function toJSON
         * @memberof agent.InfoRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        InfoRequest.prototype.toJSON = function() {
            return InfoRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for InfoRequest
         * @function getTypeUrl
         * @memberof agent.InfoRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        InfoRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/agent.InfoRequest";
        };

        return InfoRequest;
    })();

    /**
     * EdgeType enum.
     * @name agent.EdgeType
     * @enum {number}
     * @property {number} STREAM=0 STREAM value
     * @property {number} BATCH=1 BATCH value
     */
    agent.EdgeType = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "STREAM"] = 0;
        values[valuesById[1] = "BATCH"] = 1;
        return values;
    })();

    agent.InfoResponse = (function() {

        /**
         * Properties of an InfoResponse.
         * @typedef {Object} agent.InfoResponse.$Properties
         * @property {agent.EdgeType|null} [wants] InfoResponse wants
         * @property {agent.EdgeType|null} [provides] InfoResponse provides
         * @property {Object.<string,agent.OptionInfo.$Properties>|null} [options] InfoResponse options
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an InfoResponse.
         * @memberof agent
         * @interface IInfoResponse
         * @augments agent.InfoResponse.$Properties
         * @deprecated Use agent.InfoResponse.$Properties instead.
         */

        /**
         * Shape of an InfoResponse.
         * @typedef {agent.InfoResponse.$Properties} agent.InfoResponse.$Shape
         */

        /**
         * Constructs a new InfoResponse.
         * @memberof agent
         * @classdesc Represents an InfoResponse.
         * @constructor
         * @param {agent.InfoResponse.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const InfoResponse = function (properties) {
            this.options = {};
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * InfoResponse wants.
         * @member {agent.EdgeType} wants
         * @memberof agent.InfoResponse
         * @instance
         */
        InfoResponse.prototype.wants = 0;

        /**
         * InfoResponse provides.
         * @member {agent.EdgeType} provides
         * @memberof agent.InfoResponse
         * @instance
         */
        InfoResponse.prototype.provides = 0;

        /**
         * InfoResponse options.
         * @member {Object.<string,agent.OptionInfo.$Properties>} options
         * @memberof agent.InfoResponse
         * @instance
         */
        InfoResponse.prototype.options = $util.emptyObject;

        /**
         * Creates a new InfoResponse instance using the specified properties.
         * @function create
         * @memberof agent.InfoResponse
         * @static
         * @param {agent.InfoResponse.$Properties=} [properties] Properties to set
         * @returns {agent.InfoResponse} InfoResponse instance
         * @type {{
         *   (properties: agent.InfoResponse.$Shape): agent.InfoResponse & agent.InfoResponse.$Shape;
         *   (properties?: agent.InfoResponse.$Properties): agent.InfoResponse;
         * }}
         */
        InfoResponse.create = function(properties) {
            return new InfoResponse(properties);
        };

        /**
         * Encodes the specified InfoResponse message. Does not implicitly {@link agent.InfoResponse.verify|verify} messages.
         * @function encode
         * @memberof agent.InfoResponse
         * @static
         * @param {agent.InfoResponse.$Properties} message InfoResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        InfoResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.wants != null && $Object.hasOwnProperty.call(message, "wants") && message.wants !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.wants);
            if (message.provides != null && $Object.hasOwnProperty.call(message, "provides") && message.provides !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).int32(message.provides);
            if (message.options != null && $Object.hasOwnProperty.call(message, "options"))
                for (let keys = $Object.keys(message.options), i = 0; i < keys.length; ++i) {
                    writer.uint32(/* id 3, wireType 2 =*/26).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                    $root.agent.OptionInfo.encode(message.options[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                }
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified InfoResponse message, length delimited. Does not implicitly {@link agent.InfoResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof agent.InfoResponse
         * @static
         * @param {agent.InfoResponse.$Properties} message InfoResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        InfoResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an InfoResponse message from the specified reader or buffer.
         * @function decode
         * @memberof agent.InfoResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {agent.InfoResponse & agent.InfoResponse.$Shape} InfoResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        InfoResponse.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, key, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.agent.InfoResponse();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.wants = value;
                        else
                            delete message.wants;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.provides = value;
                        else
                            delete message.provides;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (message.options === $util.emptyObject)
                            message.options = {};
                        let end2 = reader.size() + reader.pos;
                        if (end2 > reader.len)
                            throw $RangeError("index out of range");
                        reader.len = end2;
                        key = "";
                        value = null;
                        while (reader.pos < end2) {
                            let tag2 = reader.tag();
                            wireType = tag2 & 7;
                            switch (tag2 >>>= 3) {
                            case 1:
                                if (wireType !== 2)
                                    break;
                                key = reader.stringVerify();
                                continue;
                            case 2:
                                if (wireType !== 2)
                                    break;
                                value = $root.agent.OptionInfo.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                continue;
                            }
                            reader.skipType(wireType, _depth, tag2);
                        }
                        if (reader.pos !== end2)
                            throw $RangeError("index out of range");
                        reader.len = end;
                        if (key === "__proto__")
                            $util.makeProp(message.options, key);
                        message.options[key] = value || new $root.agent.OptionInfo();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes an InfoResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof agent.InfoResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {agent.InfoResponse & agent.InfoResponse.$Shape} InfoResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        InfoResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an InfoResponse message.
         * @function verify
         * @memberof agent.InfoResponse
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        InfoResponse.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.wants != null && $Object.hasOwnProperty.call(message, "wants"))
                if (typeof message.wants !== "number" || (message.wants | 0) !== message.wants)
                    return "wants: enum value expected";
            if (message.provides != null && $Object.hasOwnProperty.call(message, "provides"))
                if (typeof message.provides !== "number" || (message.provides | 0) !== message.provides)
                    return "provides: enum value expected";
            if (message.options != null && $Object.hasOwnProperty.call(message, "options")) {
                if (!$util.isObject(message.options))
                    return "options: object expected";
                let key = $Object.keys(message.options);
                for (let i = 0; i < key.length; ++i) {
                    let error = $root.agent.OptionInfo.verify(message.options[key[i]], _depth + 1);
                    if (error)
                        return "options." + error;
                }
            }
            return null;
        };

        /**
         * Creates an InfoResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof agent.InfoResponse
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {agent.InfoResponse} InfoResponse
         */
        InfoResponse.fromObject = function (object, _depth) {
            if (object instanceof $root.agent.InfoResponse)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".agent.InfoResponse: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.agent.InfoResponse();
            if (object.wants !== 0 && (typeof object.wants !== "string" || $root.agent.EdgeType[object.wants] !== 0))
                switch (object.wants) {
                case "STREAM":
                case 0:
                    message.wants = 0;
                    break;
                case "BATCH":
                case 1:
                    message.wants = 1;
                    break;
                default:
                    if (typeof object.wants === "number" && (object.wants | 0) === object.wants)
                        message.wants = object.wants;
                }
            if (object.provides !== 0 && (typeof object.provides !== "string" || $root.agent.EdgeType[object.provides] !== 0))
                switch (object.provides) {
                case "STREAM":
                case 0:
                    message.provides = 0;
                    break;
                case "BATCH":
                case 1:
                    message.provides = 1;
                    break;
                default:
                    if (typeof object.provides === "number" && (object.provides | 0) === object.provides)
                        message.provides = object.provides;
                }
            if (object.options) {
                if (!$util.isObject(object.options))
                    throw $TypeError(".agent.InfoResponse.options: object expected");
                message.options = {};
                for (let keys = $Object.keys(object.options), i = 0; i < keys.length; ++i) {
                    if (keys[i] === "__proto__")
                        $util.makeProp(message.options, keys[i]);
                    if (!$util.isObject(object.options[keys[i]]))
                        throw $TypeError(".agent.InfoResponse.options: object expected");
                    message.options[keys[i]] = $root.agent.OptionInfo.fromObject(object.options[keys[i]], _depth + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from an InfoResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof agent.InfoResponse
         * @static
         * @param {agent.InfoResponse} message InfoResponse
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        InfoResponse.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.objects || options.defaults)
                object.options = {};
            if (options.defaults) {
                object.wants = options.enums === $String ? "STREAM" : 0;
                object.provides = options.enums === $String ? "STREAM" : 0;
            }
            if (message.wants != null && $Object.hasOwnProperty.call(message, "wants"))
                object.wants = options.enums === $String ? $root.agent.EdgeType[message.wants] === $undefined ? message.wants : $root.agent.EdgeType[message.wants] : message.wants;
            if (message.provides != null && $Object.hasOwnProperty.call(message, "provides"))
                object.provides = options.enums === $String ? $root.agent.EdgeType[message.provides] === $undefined ? message.provides : $root.agent.EdgeType[message.provides] : message.provides;
            let keys2;
            if (message.options && (keys2 = $Object.keys(message.options)).length) {
                object.options = {};
                for (let j = 0; j < keys2.length; ++j) {
                    if (keys2[j] === "__proto__")
                        $util.makeProp(object.options, keys2[j]);
                    object.options[keys2[j]] = $root.agent.OptionInfo.toObject(message.options[keys2[j]], options, _depth + 1);
                }
            }
            return object;
        };

        /**
         * Converts this InfoResponse to JSON.
         * @function toJSON
         * @memberof agent.InfoResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        InfoResponse.prototype.toJSON = function() {
            return InfoResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for InfoResponse
         * @function getTypeUrl
         * @memberof agent.InfoResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        InfoResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/agent.InfoResponse";
        };

        return InfoResponse;
    })();

    /**
     * ValueType enum.
     * @name agent.ValueType
     * @enum {number}
     * @property {number} BOOL=0 BOOL value
     * @property {number} INT=1 INT value
     * @property {number} DOUBLE=2 DOUBLE value
     * @property {number} STRING=3 STRING value
     * @property {number} DURATION=4 DURATION value
     */
    agent.ValueType = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "BOOL"] = 0;
        values[valuesById[1] = "INT"] = 1;
        values[valuesById[2] = "DOUBLE"] = 2;
        values[valuesById[3] = "STRING"] = 3;
        values[valuesById[4] = "DURATION"] = 4;
        return values;
    })();

    agent.OptionInfo = (function() {

        /**
         * Properties of an OptionInfo.
         * @typedef {Object} agent.OptionInfo.$Properties
         * @property {Array.<agent.ValueType>|null} [valueTypes] OptionInfo valueTypes
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an OptionInfo.
         * @memberof agent
         * @interface IOptionInfo
         * @augments agent.OptionInfo.$Properties
         * @deprecated Use agent.OptionInfo.$Properties instead.
         */

        /**
         * Shape of an OptionInfo.
         * @typedef {agent.OptionInfo.$Properties} agent.OptionInfo.$Shape
         */

        /**
         * Constructs a new OptionInfo.
         * @memberof agent
         * @classdesc Represents an OptionInfo.
         * @constructor
         * @param {agent.OptionInfo.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const OptionInfo = function (properties) {
            this.valueTypes = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * OptionInfo valueTypes.
         * @member {Array.<agent.ValueType>} valueTypes
         * @memberof agent.OptionInfo
         * @instance
         */
        OptionInfo.prototype.valueTypes = $util.emptyArray;

        /**
         * Creates a new OptionInfo instance using the specified properties.
         * @function create
         * @memberof agent.OptionInfo
         * @static
         * @param {agent.OptionInfo.$Properties=} [properties] Properties to set
         * @returns {agent.OptionInfo} OptionInfo instance
         * @type {{
         *   (properties: agent.OptionInfo.$Shape): agent.OptionInfo & agent.OptionInfo.$Shape;
         *   (properties?: agent.OptionInfo.$Properties): agent.OptionInfo;
         * }}
         */
        OptionInfo.create = function(properties) {
            return new OptionInfo(properties);
        };

        /**
         * Encodes the specified OptionInfo message. Does not implicitly {@link agent.OptionInfo.verify|verify} messages.
         * @function encode
         * @memberof agent.OptionInfo
         * @static
         * @param {agent.OptionInfo.$Properties} message OptionInfo message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        OptionInfo.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.valueTypes != null && message.valueTypes.length)
                writer.uint32(/* id 1, wireType 2 =*/10).int32s(message.valueTypes);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified OptionInfo message, length delimited. Does not implicitly {@link agent.OptionInfo.verify|verify} messages.
         * @function encodeDelimited
         * @memberof agent.OptionInfo
         * @static
         * @param {agent.OptionInfo.$Properties} message OptionInfo message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        OptionInfo.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an OptionInfo message from the specified reader or buffer.
         * @function decode
         * @memberof agent.OptionInfo
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {agent.OptionInfo & agent.OptionInfo.$Shape} OptionInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        OptionInfo.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.agent.OptionInfo();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType === 2) {
                            if (!(message.valueTypes && message.valueTypes.length))
                                message.valueTypes = [];
                            reader.int32s(message.valueTypes);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.valueTypes && message.valueTypes.length))
                            message.valueTypes = [];
                        message.valueTypes.push(reader.int32());
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes an OptionInfo message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof agent.OptionInfo
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {agent.OptionInfo & agent.OptionInfo.$Shape} OptionInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        OptionInfo.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an OptionInfo message.
         * @function verify
         * @memberof agent.OptionInfo
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        OptionInfo.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.valueTypes != null && $Object.hasOwnProperty.call(message, "valueTypes")) {
                if (!$Array.isArray(message.valueTypes))
                    return "valueTypes: array expected";
                for (let i = 0; i < message.valueTypes.length; ++i)
                    if (typeof message.valueTypes[i] !== "number" || (message.valueTypes[i] | 0) !== message.valueTypes[i])
                        return "valueTypes: enum value[] expected";
            }
            return null;
        };

        /**
         * Creates an OptionInfo message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof agent.OptionInfo
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {agent.OptionInfo} OptionInfo
         */
        OptionInfo.fromObject = function (object, _depth) {
            if (object instanceof $root.agent.OptionInfo)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".agent.OptionInfo: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.agent.OptionInfo();
            if (object.valueTypes) {
                if (!$Array.isArray(object.valueTypes))
                    throw $TypeError(".agent.OptionInfo.valueTypes: array expected");
                message.valueTypes = [];
                for (let i = 0; i < object.valueTypes.length; ++i)
                    switch (object.valueTypes[i]) {
                    case "BOOL":
                    case 0:
                        message.valueTypes[message.valueTypes.length] = 0;
                        break;
                    case "INT":
                    case 1:
                        message.valueTypes[message.valueTypes.length] = 1;
                        break;
                    case "DOUBLE":
                    case 2:
                        message.valueTypes[message.valueTypes.length] = 2;
                        break;
                    case "STRING":
                    case 3:
                        message.valueTypes[message.valueTypes.length] = 3;
                        break;
                    case "DURATION":
                    case 4:
                        message.valueTypes[message.valueTypes.length] = 4;
                        break;
                    default:
                        if (typeof object.valueTypes[i] === "number" && (object.valueTypes[i] | 0) === object.valueTypes[i])
                            message.valueTypes[message.valueTypes.length] = object.valueTypes[i];
                    }
            }
            return message;
        };

        /**
         * Creates a plain object from an OptionInfo message. Also converts values to other types if specified.
         * @function toObject
         * @memberof agent.OptionInfo
         * @static
         * @param {agent.OptionInfo} message OptionInfo
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        OptionInfo.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.valueTypes = [];
            if (message.valueTypes && message.valueTypes.length) {
                object.valueTypes = $Array(message.valueTypes.length);
                for (let j = 0; j < message.valueTypes.length; ++j)
                    object.valueTypes[j] = options.enums === $String ? $root.agent.ValueType[message.valueTypes[j]] === $undefined ? message.valueTypes[j] : $root.agent.ValueType[message.valueTypes[j]] : message.valueTypes[j];
            }
            return object;
        };

        /**
         * Converts this OptionInfo to JSON.
         * @function toJSON
         * @memberof agent.OptionInfo
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        OptionInfo.prototype.toJSON = function() {
            return OptionInfo.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for OptionInfo
         * @function getTypeUrl
         * @memberof agent.OptionInfo
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        OptionInfo.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/agent.OptionInfo";
        };

        return OptionInfo;
    })();

    agent.InitRequest = (function() {

        /**
         * Properties of an InitRequest.
         * @typedef {Object} agent.InitRequest.$Properties
         * @property {Array.<agent.Option.$Properties>|null} [options] InitRequest options
         * @property {string|null} [taskID] InitRequest taskID
         * @property {string|null} [nodeID] InitRequest nodeID
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an InitRequest.
         * @memberof agent
         * @interface IInitRequest
         * @augments agent.InitRequest.$Properties
         * @deprecated Use agent.InitRequest.$Properties instead.
         */

        /**
         * Shape of an InitRequest.
         * @typedef {{
         *   options?: Array.<agent.Option.$Shape>|null;
         *   taskID?: string|null;
         *   nodeID?: string|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} agent.InitRequest.$Shape
         */

        /**
         * Constructs a new InitRequest.
         * @memberof agent
         * @classdesc Represents an InitRequest.
         * @constructor
         * @param {agent.InitRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const InitRequest = function (properties) {
            this.options = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * InitRequest options.
         * @member {Array.<agent.Option.$Properties>} options
         * @memberof agent.InitRequest
         * @instance
         */
        InitRequest.prototype.options = $util.emptyArray;

        /**
         * InitRequest taskID.
         * @member {string} taskID
         * @memberof agent.InitRequest
         * @instance
         */
        InitRequest.prototype.taskID = "";

        /**
         * InitRequest nodeID.
         * @member {string} nodeID
         * @memberof agent.InitRequest
         * @instance
         */
        InitRequest.prototype.nodeID = "";

        /**
         * Creates a new InitRequest instance using the specified properties.
         * @function create
         * @memberof agent.InitRequest
         * @static
         * @param {agent.InitRequest.$Properties=} [properties] Properties to set
         * @returns {agent.InitRequest} InitRequest instance
         * @type {{
         *   (properties: agent.InitRequest.$Shape): agent.InitRequest & agent.InitRequest.$Shape;
         *   (properties?: agent.InitRequest.$Properties): agent.InitRequest;
         * }}
         */
        InitRequest.create = function(properties) {
            return new InitRequest(properties);
        };

        /**
         * Encodes the specified InitRequest message. Does not implicitly {@link agent.InitRequest.verify|verify} messages.
         * @function encode
         * @memberof agent.InitRequest
         * @static
         * @param {agent.InitRequest.$Properties} message InitRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        InitRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.options != null && message.options.length)
                for (let i = 0; i < message.options.length; ++i)
                    $root.agent.Option.encode(message.options[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.taskID != null && $Object.hasOwnProperty.call(message, "taskID") && message.taskID !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.taskID);
            if (message.nodeID != null && $Object.hasOwnProperty.call(message, "nodeID") && message.nodeID !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.nodeID);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified InitRequest message, length delimited. Does not implicitly {@link agent.InitRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof agent.InitRequest
         * @static
         * @param {agent.InitRequest.$Properties} message InitRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        InitRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an InitRequest message from the specified reader or buffer.
         * @function decode
         * @memberof agent.InitRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {agent.InitRequest & agent.InitRequest.$Shape} InitRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        InitRequest.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.agent.InitRequest();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.options && message.options.length))
                            message.options = [];
                        message.options.push($root.agent.Option.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.taskID = value;
                        else
                            delete message.taskID;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.nodeID = value;
                        else
                            delete message.nodeID;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes an InitRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof agent.InitRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {agent.InitRequest & agent.InitRequest.$Shape} InitRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        InitRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an InitRequest message.
         * @function verify
         * @memberof agent.InitRequest
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        InitRequest.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.options != null && $Object.hasOwnProperty.call(message, "options")) {
                if (!$Array.isArray(message.options))
                    return "options: array expected";
                for (let i = 0; i < message.options.length; ++i) {
                    let error = $root.agent.Option.verify(message.options[i], _depth + 1);
                    if (error)
                        return "options." + error;
                }
            }
            if (message.taskID != null && $Object.hasOwnProperty.call(message, "taskID"))
                if (!$util.isString(message.taskID))
                    return "taskID: string expected";
            if (message.nodeID != null && $Object.hasOwnProperty.call(message, "nodeID"))
                if (!$util.isString(message.nodeID))
                    return "nodeID: string expected";
            return null;
        };

        /**
         * Creates an InitRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof agent.InitRequest
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {agent.InitRequest} InitRequest
         */
        InitRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.agent.InitRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".agent.InitRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.agent.InitRequest();
            if (object.options) {
                if (!$Array.isArray(object.options))
                    throw $TypeError(".agent.InitRequest.options: array expected");
                message.options = $Array(object.options.length);
                for (let i = 0; i < object.options.length; ++i) {
                    if (!$util.isObject(object.options[i]))
                        throw $TypeError(".agent.InitRequest.options: object expected");
                    message.options[i] = $root.agent.Option.fromObject(object.options[i], _depth + 1);
                }
            }
            if (object.taskID != null)
                if (typeof object.taskID !== "string" || object.taskID.length)
                    message.taskID = $String(object.taskID);
            if (object.nodeID != null)
                if (typeof object.nodeID !== "string" || object.nodeID.length)
                    message.nodeID = $String(object.nodeID);
            return message;
        };

        /**
         * Creates a plain object from an InitRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof agent.InitRequest
         * @static
         * @param {agent.InitRequest} message InitRequest
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        InitRequest.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.options = [];
            if (options.defaults) {
                object.taskID = "";
                object.nodeID = "";
            }
            if (message.options && message.options.length) {
                object.options = $Array(message.options.length);
                for (let j = 0; j < message.options.length; ++j)
                    object.options[j] = $root.agent.Option.toObject(message.options[j], options, _depth + 1);
            }
            if (message.taskID != null && $Object.hasOwnProperty.call(message, "taskID"))
                object.taskID = message.taskID;
            if (message.nodeID != null && $Object.hasOwnProperty.call(message, "nodeID"))
                object.nodeID = message.nodeID;
            return object;
        };

        /**
         * Converts this InitRequest to JSON.
         * @function toJSON
         * @memberof agent.InitRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        InitRequest.prototype.toJSON = function() {
            return InitRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for InitRequest
         * @function getTypeUrl
         * @memberof agent.InitRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        InitRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/agent.InitRequest";
        };

        return InitRequest;
    })();

    agent.Option = (function() {

        /**
         * Properties of an Option.
         * @typedef {Object} agent.Option.$Properties
         * @property {string|null} [name] Option name
         * @property {Array.<agent.OptionValue.$Properties>|null} [values] Option values
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an Option.
         * @memberof agent
         * @interface IOption
         * @augments agent.Option.$Properties
         * @deprecated Use agent.Option.$Properties instead.
         */

        /**
         * Shape of an Option.
         * @typedef {{
         *   name?: string|null;
         *   values?: Array.<agent.OptionValue.$Shape>|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} agent.Option.$Shape
         */

        /**
         * Constructs a new Option.
         * @memberof agent
         * @classdesc Represents an Option.
         * @constructor
         * @param {agent.Option.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Option = function (properties) {
            this.values = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Option name.
         * @member {string} name
         * @memberof agent.Option
         * @instance
         */
        Option.prototype.name = "";

        /**
         * Option values.
         * @member {Array.<agent.OptionValue.$Properties>} values
         * @memberof agent.Option
         * @instance
         */
        Option.prototype.values = $util.emptyArray;

        /**
         * Creates a new Option instance using the specified properties.
         * @function create
         * @memberof agent.Option
         * @static
         * @param {agent.Option.$Properties=} [properties] Properties to set
         * @returns {agent.Option} Option instance
         * @type {{
         *   (properties: agent.Option.$Shape): agent.Option & agent.Option.$Shape;
         *   (properties?: agent.Option.$Properties): agent.Option;
         * }}
         */
        Option.create = function(properties) {
            return new Option(properties);
        };

        /**
         * Encodes the specified Option message. Does not implicitly {@link agent.Option.verify|verify} messages.
         * @function encode
         * @memberof agent.Option
         * @static
         * @param {agent.Option.$Properties} message Option message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Option.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.values != null && message.values.length)
                for (let i = 0; i < message.values.length; ++i)
                    $root.agent.OptionValue.encode(message.values[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Option message, length delimited. Does not implicitly {@link agent.Option.verify|verify} messages.
         * @function encodeDelimited
         * @memberof agent.Option
         * @static
         * @param {agent.Option.$Properties} message Option message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Option.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an Option message from the specified reader or buffer.
         * @function decode
         * @memberof agent.Option
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {agent.Option & agent.Option.$Shape} Option
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Option.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.agent.Option();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.values && message.values.length))
                            message.values = [];
                        message.values.push($root.agent.OptionValue.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes an Option message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof agent.Option
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {agent.Option & agent.Option.$Shape} Option
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Option.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an Option message.
         * @function verify
         * @memberof agent.Option
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Option.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                if (!$util.isString(message.name))
                    return "name: string expected";
            if (message.values != null && $Object.hasOwnProperty.call(message, "values")) {
                if (!$Array.isArray(message.values))
                    return "values: array expected";
                for (let i = 0; i < message.values.length; ++i) {
                    let error = $root.agent.OptionValue.verify(message.values[i], _depth + 1);
                    if (error)
                        return "values." + error;
                }
            }
            return null;
        };

        /**
         * Creates an Option message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof agent.Option
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {agent.Option} Option
         */
        Option.fromObject = function (object, _depth) {
            if (object instanceof $root.agent.Option)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".agent.Option: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.agent.Option();
            if (object.name != null)
                if (typeof object.name !== "string" || object.name.length)
                    message.name = $String(object.name);
            if (object.values) {
                if (!$Array.isArray(object.values))
                    throw $TypeError(".agent.Option.values: array expected");
                message.values = $Array(object.values.length);
                for (let i = 0; i < object.values.length; ++i) {
                    if (!$util.isObject(object.values[i]))
                        throw $TypeError(".agent.Option.values: object expected");
                    message.values[i] = $root.agent.OptionValue.fromObject(object.values[i], _depth + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from an Option message. Also converts values to other types if specified.
         * @function toObject
         * @memberof agent.Option
         * @static
         * @param {agent.Option} message Option
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Option.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.values = [];
            if (options.defaults)
                object.name = "";
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.values && message.values.length) {
                object.values = $Array(message.values.length);
                for (let j = 0; j < message.values.length; ++j)
                    object.values[j] = $root.agent.OptionValue.toObject(message.values[j], options, _depth + 1);
            }
            return object;
        };

        /**
         * Converts this Option to JSON.
         * @function toJSON
         * @memberof agent.Option
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Option.prototype.toJSON = function() {
            return Option.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Option
         * @function getTypeUrl
         * @memberof agent.Option
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Option.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/agent.Option";
        };

        return Option;
    })();

    agent.OptionValue = (function() {

        /**
         * Properties of an OptionValue.
         * @typedef {Object} agent.OptionValue.$Properties
         * @property {agent.ValueType|null} [type] OptionValue type
         * @property {boolean|null} [boolValue] OptionValue boolValue
         * @property {Long|null} [intValue] OptionValue intValue
         * @property {number|null} [doubleValue] OptionValue doubleValue
         * @property {string|null} [stringValue] OptionValue stringValue
         * @property {Long|null} [durationValue] OptionValue durationValue
         * @property {"boolValue"|"intValue"|"doubleValue"|"stringValue"|"durationValue"} [value] OptionValue value
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an OptionValue.
         * @memberof agent
         * @interface IOptionValue
         * @augments agent.OptionValue.$Properties
         * @deprecated Use agent.OptionValue.$Properties instead.
         */

        /**
         * Narrowed shape of an OptionValue.
         * @typedef {{
         *   type?: agent.ValueType|null;
         *   boolValue?: boolean|null;
         *   intValue?: Long|null;
         *   doubleValue?: number|null;
         *   stringValue?: string|null;
         *   durationValue?: Long|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ value?: undefined; boolValue?: null; intValue?: null; doubleValue?: null; stringValue?: null; durationValue?: null }|{ value?: "boolValue"; boolValue: boolean; intValue?: null; doubleValue?: null; stringValue?: null; durationValue?: null }|{ value?: "intValue"; boolValue?: null; intValue: Long; doubleValue?: null; stringValue?: null; durationValue?: null }|{ value?: "doubleValue"; boolValue?: null; intValue?: null; doubleValue: number; stringValue?: null; durationValue?: null }|{ value?: "stringValue"; boolValue?: null; intValue?: null; doubleValue?: null; stringValue: string; durationValue?: null }|{ value?: "durationValue"; boolValue?: null; intValue?: null; doubleValue?: null; stringValue?: null; durationValue: Long })
         * )} agent.OptionValue.$Shape
         */

        /**
         * Constructs a new OptionValue.
         * @memberof agent
         * @classdesc Represents an OptionValue.
         * @constructor
         * @param {agent.OptionValue.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const OptionValue = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * OptionValue type.
         * @member {agent.ValueType} type
         * @memberof agent.OptionValue
         * @instance
         */
        OptionValue.prototype.type = 0;

        /**
         * OptionValue boolValue.
         * @member {boolean|null|undefined} boolValue
         * @memberof agent.OptionValue
         * @instance
         */
        OptionValue.prototype.boolValue = null;

        /**
         * OptionValue intValue.
         * @member {Long|null|undefined} intValue
         * @memberof agent.OptionValue
         * @instance
         */
        OptionValue.prototype.intValue = null;

        /**
         * OptionValue doubleValue.
         * @member {number|null|undefined} doubleValue
         * @memberof agent.OptionValue
         * @instance
         */
        OptionValue.prototype.doubleValue = null;

        /**
         * OptionValue stringValue.
         * @member {string|null|undefined} stringValue
         * @memberof agent.OptionValue
         * @instance
         */
        OptionValue.prototype.stringValue = null;

        /**
         * OptionValue durationValue.
         * @member {Long|null|undefined} durationValue
         * @memberof agent.OptionValue
         * @instance
         */
        OptionValue.prototype.durationValue = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * OptionValue value.
         * @member {"boolValue"|"intValue"|"doubleValue"|"stringValue"|"durationValue"|undefined} value
         * @memberof agent.OptionValue
         * @instance
         */
        $Object.defineProperty(OptionValue.prototype, "value", {
            get: $util.oneOfGetter($oneOfFields = ["boolValue", "intValue", "doubleValue", "stringValue", "durationValue"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new OptionValue instance using the specified properties.
         * @function create
         * @memberof agent.OptionValue
         * @static
         * @param {agent.OptionValue.$Properties=} [properties] Properties to set
         * @returns {agent.OptionValue} OptionValue instance
         * @type {{
         *   (properties: agent.OptionValue.$Shape): agent.OptionValue & agent.OptionValue.$Shape;
         *   (properties?: agent.OptionValue.$Properties): agent.OptionValue;
         * }}
         */
        OptionValue.create = function(properties) {
            return new OptionValue(properties);
        };

        /**
         * Encodes the specified OptionValue message. Does not implicitly {@link agent.OptionValue.verify|verify} messages.
         * @function encode
         * @memberof agent.OptionValue
         * @static
         * @param {agent.OptionValue.$Properties} message OptionValue message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        OptionValue.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
            if (message.boolValue != null && $Object.hasOwnProperty.call(message, "boolValue"))
                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.boolValue);
            if (message.intValue != null && $Object.hasOwnProperty.call(message, "intValue"))
                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.intValue);
            if (message.doubleValue != null && $Object.hasOwnProperty.call(message, "doubleValue"))
                writer.uint32(/* id 4, wireType 1 =*/33).double(message.doubleValue);
            if (message.stringValue != null && $Object.hasOwnProperty.call(message, "stringValue"))
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.stringValue);
            if (message.durationValue != null && $Object.hasOwnProperty.call(message, "durationValue"))
                writer.uint32(/* id 6, wireType 0 =*/48).int64(message.durationValue);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified OptionValue message, length delimited. Does not implicitly {@link agent.OptionValue.verify|verify} messages.
         * @function encodeDelimited
         * @memberof agent.OptionValue
         * @static
         * @param {agent.OptionValue.$Properties} message OptionValue message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        OptionValue.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an OptionValue message from the specified reader or buffer.
         * @function decode
         * @memberof agent.OptionValue
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {agent.OptionValue & agent.OptionValue.$Shape} OptionValue
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        OptionValue.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.agent.OptionValue();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.type = value;
                        else
                            delete message.type;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        message.boolValue = reader.bool();
                        message.value = "boolValue";
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        message.intValue = reader.int64();
                        message.value = "intValue";
                        continue;
                    }
                case 4: {
                        if (wireType !== 1)
                            break;
                        message.doubleValue = reader.double();
                        message.value = "doubleValue";
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.stringValue = reader.stringVerify();
                        message.value = "stringValue";
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        message.durationValue = reader.int64();
                        message.value = "durationValue";
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes an OptionValue message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof agent.OptionValue
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {agent.OptionValue & agent.OptionValue.$Shape} OptionValue
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        OptionValue.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an OptionValue message.
         * @function verify
         * @memberof agent.OptionValue
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        OptionValue.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            let properties = {};
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                if (typeof message.type !== "number" || (message.type | 0) !== message.type)
                    return "type: enum value expected";
            if (message.boolValue != null && $Object.hasOwnProperty.call(message, "boolValue")) {
                properties.value = 1;
                if (typeof message.boolValue !== "boolean")
                    return "boolValue: boolean expected";
            }
            if (message.intValue != null && $Object.hasOwnProperty.call(message, "intValue")) {
                if (properties.value === 1)
                    return "value: multiple values";
                properties.value = 1;
                if (!$util.isInteger(message.intValue) && !(message.intValue && $util.isInteger(message.intValue.low) && $util.isInteger(message.intValue.high)))
                    return "intValue: integer|Long expected";
            }
            if (message.doubleValue != null && $Object.hasOwnProperty.call(message, "doubleValue")) {
                if (properties.value === 1)
                    return "value: multiple values";
                properties.value = 1;
                if (typeof message.doubleValue !== "number")
                    return "doubleValue: number expected";
            }
            if (message.stringValue != null && $Object.hasOwnProperty.call(message, "stringValue")) {
                if (properties.value === 1)
                    return "value: multiple values";
                properties.value = 1;
                if (!$util.isString(message.stringValue))
                    return "stringValue: string expected";
            }
            if (message.durationValue != null && $Object.hasOwnProperty.call(message, "durationValue")) {
                if (properties.value === 1)
                    return "value: multiple values";
                properties.value = 1;
                if (!$util.isInteger(message.durationValue) && !(message.durationValue && $util.isInteger(message.durationValue.low) && $util.isInteger(message.durationValue.high)))
                    return "durationValue: integer|Long expected";
            }
            return null;
        };

        /**
         * Creates an OptionValue message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof agent.OptionValue
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {agent.OptionValue} OptionValue
         */
        OptionValue.fromObject = function (object, _depth) {
            if (object instanceof $root.agent.OptionValue)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".agent.OptionValue: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.agent.OptionValue();
            if (object.type !== 0 && (typeof object.type !== "string" || $root.agent.ValueType[object.type] !== 0))
                switch (object.type) {
                case "BOOL":
                case 0:
                    message.type = 0;
                    break;
                case "INT":
                case 1:
                    message.type = 1;
                    break;
                case "DOUBLE":
                case 2:
                    message.type = 2;
                    break;
                case "STRING":
                case 3:
                    message.type = 3;
                    break;
                case "DURATION":
                case 4:
                    message.type = 4;
                    break;
                default:
                    if (typeof object.type === "number" && (object.type | 0) === object.type)
                        message.type = object.type;
                }
            if (object.boolValue != null)
                message.boolValue = $Boolean(object.boolValue);
            if (object.intValue != null)
                if ($util.Long)
                    message.intValue = $util.Long.fromValue(object.intValue, false);
                else if (typeof object.intValue === "string")
                    message.intValue = $parseInt(object.intValue, 10);
                else if (typeof object.intValue === "number")
                    message.intValue = object.intValue;
                else if (typeof object.intValue === "object")
                    message.intValue = new $util.LongBits(object.intValue.low >>> 0, object.intValue.high >>> 0).toNumber();
            if (object.doubleValue != null)
                message.doubleValue = $Number(object.doubleValue);
            if (object.stringValue != null)
                message.stringValue = $String(object.stringValue);
            if (object.durationValue != null)
                if ($util.Long)
                    message.durationValue = $util.Long.fromValue(object.durationValue, false);
                else if (typeof object.durationValue === "string")
                    message.durationValue = $parseInt(object.durationValue, 10);
                else if (typeof object.durationValue === "number")
                    message.durationValue = object.durationValue;
                else if (typeof object.durationValue === "object")
                    message.durationValue = new $util.LongBits(object.durationValue.low >>> 0, object.durationValue.high >>> 0).toNumber();
            return message;
        };

        /**
         * Creates a plain object from an OptionValue message. Also converts values to other types if specified.
         * @function toObject
         * @memberof agent.OptionValue
         * @static
         * @param {agent.OptionValue} message OptionValue
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        OptionValue.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.type = options.enums === $String ? "BOOL" : 0;
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                object.type = options.enums === $String ? $root.agent.ValueType[message.type] === $undefined ? message.type : $root.agent.ValueType[message.type] : message.type;
            if (message.boolValue != null && $Object.hasOwnProperty.call(message, "boolValue")) {
                object.boolValue = message.boolValue;
                if (options.oneofs)
                    object.value = "boolValue";
            }
            if (message.intValue != null && $Object.hasOwnProperty.call(message, "intValue")) {
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.intValue = typeof message.intValue === "number" ? $BigInt(message.intValue) : $util.Long.fromBits(message.intValue.low >>> 0, message.intValue.high >>> 0, false).toBigInt();
                else if (typeof message.intValue === "number")
                    object.intValue = options.longs === $String ? $String(message.intValue) : message.intValue;
                else
                    object.intValue = options.longs === $String ? $util.Long.prototype.toString.call(message.intValue) : options.longs === $Number ? new $util.LongBits(message.intValue.low >>> 0, message.intValue.high >>> 0).toNumber() : message.intValue;
                if (options.oneofs)
                    object.value = "intValue";
            }
            if (message.doubleValue != null && $Object.hasOwnProperty.call(message, "doubleValue")) {
                object.doubleValue = options.json && !$isFinite(message.doubleValue) ? $String(message.doubleValue) : message.doubleValue;
                if (options.oneofs)
                    object.value = "doubleValue";
            }
            if (message.stringValue != null && $Object.hasOwnProperty.call(message, "stringValue")) {
                object.stringValue = message.stringValue;
                if (options.oneofs)
                    object.value = "stringValue";
            }
            if (message.durationValue != null && $Object.hasOwnProperty.call(message, "durationValue")) {
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.durationValue = typeof message.durationValue === "number" ? $BigInt(message.durationValue) : $util.Long.fromBits(message.durationValue.low >>> 0, message.durationValue.high >>> 0, false).toBigInt();
                else if (typeof message.durationValue === "number")
                    object.durationValue = options.longs === $String ? $String(message.durationValue) : message.durationValue;
                else
                    object.durationValue = options.longs === $String ? $util.Long.prototype.toString.call(message.durationValue) : options.longs === $Number ? new $util.LongBits(message.durationValue.low >>> 0, message.durationValue.high >>> 0).toNumber() : message.durationValue;
                if (options.oneofs)
                    object.value = "durationValue";
            }
            return object;
        };

        /**
         * Converts this OptionValue to JSON.
         * @function toJSON
         * @memberof agent.OptionValue
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        OptionValue.prototype.toJSON = function() {
            return OptionValue.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for OptionValue
         * @function getTypeUrl
         * @memberof agent.OptionValue
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        OptionValue.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/agent.OptionValue";
        };

        return OptionValue;
    })();

    agent.InitResponse = (function() {

        /**
         * Properties of an InitResponse.
         * @typedef {Object} agent.InitResponse.$Properties
         * @property {boolean|null} [success] InitResponse success
         * @property {string|null} [error] InitResponse error
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an InitResponse.
         * @memberof agent
         * @interface IInitResponse
         * @augments agent.InitResponse.$Properties
         * @deprecated Use agent.InitResponse.$Properties instead.
         */

        /**
         * Shape of an InitResponse.
         * @typedef {agent.InitResponse.$Properties} agent.InitResponse.$Shape
         */

        /**
         * Constructs a new InitResponse.
         * @memberof agent
         * @classdesc Represents an InitResponse.
         * @constructor
         * @param {agent.InitResponse.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const InitResponse = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * InitResponse success.
         * @member {boolean} success
         * @memberof agent.InitResponse
         * @instance
         */
        InitResponse.prototype.success = false;

        /**
         * InitResponse error.
         * @member {string} error
         * @memberof agent.InitResponse
         * @instance
         */
        InitResponse.prototype.error = "";

        /**
         * Creates a new InitResponse instance using the specified properties.
         * @function create
         * @memberof agent.InitResponse
         * @static
         * @param {agent.InitResponse.$Properties=} [properties] Properties to set
         * @returns {agent.InitResponse} InitResponse instance
         * @type {{
         *   (properties: agent.InitResponse.$Shape): agent.InitResponse & agent.InitResponse.$Shape;
         *   (properties?: agent.InitResponse.$Properties): agent.InitResponse;
         * }}
         */
        InitResponse.create = function(properties) {
            return new InitResponse(properties);
        };

        /**
         * Encodes the specified InitResponse message. Does not implicitly {@link agent.InitResponse.verify|verify} messages.
         * @function encode
         * @memberof agent.InitResponse
         * @static
         * @param {agent.InitResponse.$Properties} message InitResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        InitResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.success != null && $Object.hasOwnProperty.call(message, "success") && message.success !== false)
                writer.uint32(/* id 1, wireType 0 =*/8).bool(message.success);
            if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.error);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified InitResponse message, length delimited. Does not implicitly {@link agent.InitResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof agent.InitResponse
         * @static
         * @param {agent.InitResponse.$Properties} message InitResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        InitResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an InitResponse message from the specified reader or buffer.
         * @function decode
         * @memberof agent.InitResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {agent.InitResponse & agent.InitResponse.$Shape} InitResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        InitResponse.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.agent.InitResponse();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.success = value;
                        else
                            delete message.success;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.error = value;
                        else
                            delete message.error;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes an InitResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof agent.InitResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {agent.InitResponse & agent.InitResponse.$Shape} InitResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        InitResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an InitResponse message.
         * @function verify
         * @memberof agent.InitResponse
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        InitResponse.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.success != null && $Object.hasOwnProperty.call(message, "success"))
                if (typeof message.success !== "boolean")
                    return "success: boolean expected";
            if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                if (!$util.isString(message.error))
                    return "error: string expected";
            return null;
        };

        /**
         * Creates an InitResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof agent.InitResponse
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {agent.InitResponse} InitResponse
         */
        InitResponse.fromObject = function (object, _depth) {
            if (object instanceof $root.agent.InitResponse)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".agent.InitResponse: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.agent.InitResponse();
            if (object.success != null)
                if (object.success)
                    message.success = $Boolean(object.success);
            if (object.error != null)
                if (typeof object.error !== "string" || object.error.length)
                    message.error = $String(object.error);
            return message;
        };

        /**
         * Creates a plain object from an InitResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof agent.InitResponse
         * @static
         * @param {agent.InitResponse} message InitResponse
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        InitResponse.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.success = false;
                object.error = "";
            }
            if (message.success != null && $Object.hasOwnProperty.call(message, "success"))
                object.success = message.success;
            if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                object.error = message.error;
            return object;
        };

        /**
         * Converts this InitResponse to JSON.
         * @function toJSON
         * @memberof agent.InitResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        InitResponse.prototype.toJSON = function() {
            return InitResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for InitResponse
         * @function getTypeUrl
         * @memberof agent.InitResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        InitResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/agent.InitResponse";
        };

        return InitResponse;
    })();

    agent.SnapshotRequest = (function() {

        /**
         * Properties of a SnapshotRequest.
         * @typedef {Object} agent.SnapshotRequest.$Properties
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SnapshotRequest.
         * @memberof agent
         * @interface ISnapshotRequest
         * @augments agent.SnapshotRequest.$Properties
         * @deprecated Use agent.SnapshotRequest.$Properties instead.
         */

        /**
         * Shape of a SnapshotRequest.
         * @typedef {agent.SnapshotRequest.$Properties} agent.SnapshotRequest.$Shape
         */

        /**
         * Constructs a new SnapshotRequest.
         * @memberof agent
         * @classdesc Represents a SnapshotRequest.
         * @constructor
         * @param {agent.SnapshotRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SnapshotRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Creates a new SnapshotRequest instance using the specified properties.
         * @function create
         * @memberof agent.SnapshotRequest
         * @static
         * @param {agent.SnapshotRequest.$Properties=} [properties] Properties to set
         * @returns {agent.SnapshotRequest} SnapshotRequest instance
         * @type {{
         *   (properties: agent.SnapshotRequest.$Shape): agent.SnapshotRequest & agent.SnapshotRequest.$Shape;
         *   (properties?: agent.SnapshotRequest.$Properties): agent.SnapshotRequest;
         * }}
         */
        SnapshotRequest.create = function(properties) {
            return new SnapshotRequest(properties);
        };

        /**
         * Encodes the specified SnapshotRequest message. Does not implicitly {@link agent.SnapshotRequest.verify|verify} messages.
         * @function encode
         * @memberof agent.SnapshotRequest
         * @static
         * @param {agent.SnapshotRequest.$Properties} message SnapshotRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SnapshotRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified SnapshotRequest message, length delimited. Does not implicitly {@link agent.SnapshotRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof agent.SnapshotRequest
         * @static
         * @param {agent.SnapshotRequest.$Properties} message SnapshotRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SnapshotRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a SnapshotRequest message from the specified reader or buffer.
         * @function decode
         * @memberof agent.SnapshotRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {agent.SnapshotRequest & agent.SnapshotRequest.$Shape} SnapshotRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SnapshotRequest.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.agent.SnapshotRequest();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                reader.skipType(tag & 7, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a SnapshotRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof agent.SnapshotRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {agent.SnapshotRequest & agent.SnapshotRequest.$Shape} SnapshotRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SnapshotRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a SnapshotRequest message.
         * @function verify
         * @memberof agent.SnapshotRequest
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        SnapshotRequest.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            return null;
        };

        /**
         * Creates a SnapshotRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof agent.SnapshotRequest
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {agent.SnapshotRequest} SnapshotRequest
         */
        SnapshotRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.agent.SnapshotRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".agent.SnapshotRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            return new $root.agent.SnapshotRequest();
        };

        /**
         * Creates a plain object from a SnapshotRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof agent.SnapshotRequest
         * @static
         * @param {agent.SnapshotRequest} message SnapshotRequest
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SnapshotRequest.toObject = function () {
            return {};
        };

        /**
         * Converts this SnapshotRequest to JSON.
         * @function toJSON
         * @memberof agent.SnapshotRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SnapshotRequest.prototype.toJSON = function() {
            return SnapshotRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for SnapshotRequest
         * @function getTypeUrl
         * @memberof agent.SnapshotRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        SnapshotRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/agent.SnapshotRequest";
        };

        return SnapshotRequest;
    })();

    agent.SnapshotResponse = (function() {

        /**
         * Properties of a SnapshotResponse.
         * @typedef {Object} agent.SnapshotResponse.$Properties
         * @property {Uint8Array|null} [snapshot] SnapshotResponse snapshot
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SnapshotResponse.
         * @memberof agent
         * @interface ISnapshotResponse
         * @augments agent.SnapshotResponse.$Properties
         * @deprecated Use agent.SnapshotResponse.$Properties instead.
         */

        /**
         * Shape of a SnapshotResponse.
         * @typedef {agent.SnapshotResponse.$Properties} agent.SnapshotResponse.$Shape
         */

        /**
         * Constructs a new SnapshotResponse.
         * @memberof agent
         * @classdesc Represents a SnapshotResponse.
         * @constructor
         * @param {agent.SnapshotResponse.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SnapshotResponse = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SnapshotResponse snapshot.
         * @member {Uint8Array} snapshot
         * @memberof agent.SnapshotResponse
         * @instance
         */
        SnapshotResponse.prototype.snapshot = $util.newBuffer([]);

        /**
         * Creates a new SnapshotResponse instance using the specified properties.
         * @function create
         * @memberof agent.SnapshotResponse
         * @static
         * @param {agent.SnapshotResponse.$Properties=} [properties] Properties to set
         * @returns {agent.SnapshotResponse} SnapshotResponse instance
         * @type {{
         *   (properties: agent.SnapshotResponse.$Shape): agent.SnapshotResponse & agent.SnapshotResponse.$Shape;
         *   (properties?: agent.SnapshotResponse.$Properties): agent.SnapshotResponse;
         * }}
         */
        SnapshotResponse.create = function(properties) {
            return new SnapshotResponse(properties);
        };

        /**
         * Encodes the specified SnapshotResponse message. Does not implicitly {@link agent.SnapshotResponse.verify|verify} messages.
         * @function encode
         * @memberof agent.SnapshotResponse
         * @static
         * @param {agent.SnapshotResponse.$Properties} message SnapshotResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SnapshotResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot") && message.snapshot.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.snapshot);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified SnapshotResponse message, length delimited. Does not implicitly {@link agent.SnapshotResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof agent.SnapshotResponse
         * @static
         * @param {agent.SnapshotResponse.$Properties} message SnapshotResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SnapshotResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a SnapshotResponse message from the specified reader or buffer.
         * @function decode
         * @memberof agent.SnapshotResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {agent.SnapshotResponse & agent.SnapshotResponse.$Shape} SnapshotResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SnapshotResponse.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.agent.SnapshotResponse();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.snapshot = value;
                        else
                            delete message.snapshot;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a SnapshotResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof agent.SnapshotResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {agent.SnapshotResponse & agent.SnapshotResponse.$Shape} SnapshotResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SnapshotResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a SnapshotResponse message.
         * @function verify
         * @memberof agent.SnapshotResponse
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        SnapshotResponse.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot"))
                if (!(message.snapshot && typeof message.snapshot.length === "number" || $util.isString(message.snapshot)))
                    return "snapshot: buffer expected";
            return null;
        };

        /**
         * Creates a SnapshotResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof agent.SnapshotResponse
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {agent.SnapshotResponse} SnapshotResponse
         */
        SnapshotResponse.fromObject = function (object, _depth) {
            if (object instanceof $root.agent.SnapshotResponse)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".agent.SnapshotResponse: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.agent.SnapshotResponse();
            if (object.snapshot != null)
                if (object.snapshot.length)
                    if (typeof object.snapshot === "string")
                        $util.base64.decode(object.snapshot, message.snapshot = $util.newBuffer($util.base64.length(object.snapshot)), 0);
                    else if (object.snapshot.length >= 0)
                        message.snapshot = object.snapshot;
            return message;
        };

        /**
         * Creates a plain object from a SnapshotResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof agent.SnapshotResponse
         * @static
         * @param {agent.SnapshotResponse} message SnapshotResponse
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        SnapshotResponse.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                if (options.bytes === $String)
                    object.snapshot = "";
                else {
                    object.snapshot = [];
                    if (options.bytes !== $Array)
                        object.snapshot = $util.newBuffer(object.snapshot);
                }
            if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot"))
                object.snapshot = options.bytes === $String ? $util.base64.encode(message.snapshot, 0, message.snapshot.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.snapshot) : message.snapshot;
            return object;
        };

        /**
         * Converts this SnapshotResponse to JSON.
         * @function toJSON
         * @memberof agent.SnapshotResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        SnapshotResponse.prototype.toJSON = function() {
            return SnapshotResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for SnapshotResponse
         * @function getTypeUrl
         * @memberof agent.SnapshotResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        SnapshotResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/agent.SnapshotResponse";
        };

        return SnapshotResponse;
    })();

    agent.RestoreRequest = (function() {

        /**
         * Properties of a RestoreRequest.
         * @typedef {Object} agent.RestoreRequest.$Properties
         * @property {Uint8Array|null} [snapshot] RestoreRequest snapshot
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RestoreRequest.
         * @memberof agent
         * @interface IRestoreRequest
         * @augments agent.RestoreRequest.$Properties
         * @deprecated Use agent.RestoreRequest.$Properties instead.
         */

        /**
         * Shape of a RestoreRequest.
         * @typedef {agent.RestoreRequest.$Properties} agent.RestoreRequest.$Shape
         */

        /**
         * Constructs a new RestoreRequest.
         * @memberof agent
         * @classdesc Represents a RestoreRequest.
         * @constructor
         * @param {agent.RestoreRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RestoreRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * RestoreRequest snapshot.
         * @member {Uint8Array} snapshot
         * @memberof agent.RestoreRequest
         * @instance
         */
        RestoreRequest.prototype.snapshot = $util.newBuffer([]);

        /**
         * Creates a new RestoreRequest instance using the specified properties.
         * @function create
         * @memberof agent.RestoreRequest
         * @static
         * @param {agent.RestoreRequest.$Properties=} [properties] Properties to set
         * @returns {agent.RestoreRequest} RestoreRequest instance
         * @type {{
         *   (properties: agent.RestoreRequest.$Shape): agent.RestoreRequest & agent.RestoreRequest.$Shape;
         *   (properties?: agent.RestoreRequest.$Properties): agent.RestoreRequest;
         * }}
         */
        RestoreRequest.create = function(properties) {
            return new RestoreRequest(properties);
        };

        /**
         * Encodes the specified RestoreRequest message. Does not implicitly {@link agent.RestoreRequest.verify|verify} messages.
         * @function encode
         * @memberof agent.RestoreRequest
         * @static
         * @param {agent.RestoreRequest.$Properties} message RestoreRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RestoreRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot") && message.snapshot.length)
                writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.snapshot);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified RestoreRequest message, length delimited. Does not implicitly {@link agent.RestoreRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof agent.RestoreRequest
         * @static
         * @param {agent.RestoreRequest.$Properties} message RestoreRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RestoreRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a RestoreRequest message from the specified reader or buffer.
         * @function decode
         * @memberof agent.RestoreRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {agent.RestoreRequest & agent.RestoreRequest.$Shape} RestoreRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RestoreRequest.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.agent.RestoreRequest();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.snapshot = value;
                        else
                            delete message.snapshot;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a RestoreRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof agent.RestoreRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {agent.RestoreRequest & agent.RestoreRequest.$Shape} RestoreRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RestoreRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a RestoreRequest message.
         * @function verify
         * @memberof agent.RestoreRequest
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        RestoreRequest.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot"))
                if (!(message.snapshot && typeof message.snapshot.length === "number" || $util.isString(message.snapshot)))
                    return "snapshot: buffer expected";
            return null;
        };

        /**
         * Creates a RestoreRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof agent.RestoreRequest
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {agent.RestoreRequest} RestoreRequest
         */
        RestoreRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.agent.RestoreRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".agent.RestoreRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.agent.RestoreRequest();
            if (object.snapshot != null)
                if (object.snapshot.length)
                    if (typeof object.snapshot === "string")
                        $util.base64.decode(object.snapshot, message.snapshot = $util.newBuffer($util.base64.length(object.snapshot)), 0);
                    else if (object.snapshot.length >= 0)
                        message.snapshot = object.snapshot;
            return message;
        };

        /**
         * Creates a plain object from a RestoreRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof agent.RestoreRequest
         * @static
         * @param {agent.RestoreRequest} message RestoreRequest
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        RestoreRequest.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                if (options.bytes === $String)
                    object.snapshot = "";
                else {
                    object.snapshot = [];
                    if (options.bytes !== $Array)
                        object.snapshot = $util.newBuffer(object.snapshot);
                }
            if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot"))
                object.snapshot = options.bytes === $String ? $util.base64.encode(message.snapshot, 0, message.snapshot.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.snapshot) : message.snapshot;
            return object;
        };

        /**
         * Converts this RestoreRequest to JSON.
         * @function toJSON
         * @memberof agent.RestoreRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        RestoreRequest.prototype.toJSON = function() {
            return RestoreRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for RestoreRequest
         * @function getTypeUrl
         * @memberof agent.RestoreRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        RestoreRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/agent.RestoreRequest";
        };

        return RestoreRequest;
    })();

    agent.RestoreResponse = (function() {

        /**
         * Properties of a RestoreResponse.
         * @typedef {Object} agent.RestoreResponse.$Properties
         * @property {boolean|null} [success] RestoreResponse success
         * @property {string|null} [error] RestoreResponse error
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RestoreResponse.
         * @memberof agent
         * @interface IRestoreResponse
         * @augments agent.RestoreResponse.$Properties
         * @deprecated Use agent.RestoreResponse.$Properties instead.
         */

        /**
         * Shape of a RestoreResponse.
         * @typedef {agent.RestoreResponse.$Properties} agent.RestoreResponse.$Shape
         */

        /**
         * Constructs a new RestoreResponse.
         * @memberof agent
         * @classdesc Represents a RestoreResponse.
         * @constructor
         * @param {agent.RestoreResponse.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RestoreResponse = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * RestoreResponse success.
         * @member {boolean} success
         * @memberof agent.RestoreResponse
         * @instance
         */
        RestoreResponse.prototype.success = false;

        /**
         * RestoreResponse error.
         * @member {string} error
         * @memberof agent.RestoreResponse
         * @instance
         */
        RestoreResponse.prototype.error = "";

        /**
         * Creates a new RestoreResponse instance using the specified properties.
         * @function create
         * @memberof agent.RestoreResponse
         * @static
         * @param {agent.RestoreResponse.$Properties=} [properties] Properties to set
         * @returns {agent.RestoreResponse} RestoreResponse instance
         * @type {{
         *   (properties: agent.RestoreResponse.$Shape): agent.RestoreResponse & agent.RestoreResponse.$Shape;
         *   (properties?: agent.RestoreResponse.$Properties): agent.RestoreResponse;
         * }}
         */
        RestoreResponse.create = function(properties) {
            return new RestoreResponse(properties);
        };

        /**
         * Encodes the specified RestoreResponse message. Does not implicitly {@link agent.RestoreResponse.verify|verify} messages.
         * @function encode
         * @memberof agent.RestoreResponse
         * @static
         * @param {agent.RestoreResponse.$Properties} message RestoreResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RestoreResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.success != null && $Object.hasOwnProperty.call(message, "success") && message.success !== false)
                writer.uint32(/* id 1, wireType 0 =*/8).bool(message.success);
            if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.error);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified RestoreResponse message, length delimited. Does not implicitly {@link agent.RestoreResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof agent.RestoreResponse
         * @static
         * @param {agent.RestoreResponse.$Properties} message RestoreResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RestoreResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a RestoreResponse message from the specified reader or buffer.
         * @function decode
         * @memberof agent.RestoreResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {agent.RestoreResponse & agent.RestoreResponse.$Shape} RestoreResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RestoreResponse.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.agent.RestoreResponse();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.success = value;
                        else
                            delete message.success;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.error = value;
                        else
                            delete message.error;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a RestoreResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof agent.RestoreResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {agent.RestoreResponse & agent.RestoreResponse.$Shape} RestoreResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RestoreResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a RestoreResponse message.
         * @function verify
         * @memberof agent.RestoreResponse
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        RestoreResponse.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.success != null && $Object.hasOwnProperty.call(message, "success"))
                if (typeof message.success !== "boolean")
                    return "success: boolean expected";
            if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                if (!$util.isString(message.error))
                    return "error: string expected";
            return null;
        };

        /**
         * Creates a RestoreResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof agent.RestoreResponse
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {agent.RestoreResponse} RestoreResponse
         */
        RestoreResponse.fromObject = function (object, _depth) {
            if (object instanceof $root.agent.RestoreResponse)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".agent.RestoreResponse: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.agent.RestoreResponse();
            if (object.success != null)
                if (object.success)
                    message.success = $Boolean(object.success);
            if (object.error != null)
                if (typeof object.error !== "string" || object.error.length)
                    message.error = $String(object.error);
            return message;
        };

        /**
         * Creates a plain object from a RestoreResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof agent.RestoreResponse
         * @static
         * @param {agent.RestoreResponse} message RestoreResponse
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        RestoreResponse.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.success = false;
                object.error = "";
            }
            if (message.success != null && $Object.hasOwnProperty.call(message, "success"))
                object.success = message.success;
            if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                object.error = message.error;
            return object;
        };

        /**
         * Converts this RestoreResponse to JSON.
         * @function toJSON
         * @memberof agent.RestoreResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        RestoreResponse.prototype.toJSON = function() {
            return RestoreResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for RestoreResponse
         * @function getTypeUrl
         * @memberof agent.RestoreResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        RestoreResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/agent.RestoreResponse";
        };

        return RestoreResponse;
    })();

    agent.KeepaliveRequest = (function() {

        /**
         * Properties of a KeepaliveRequest.
         * @typedef {Object} agent.KeepaliveRequest.$Properties
         * @property {Long|null} [time] KeepaliveRequest time
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a KeepaliveRequest.
         * @memberof agent
         * @interface IKeepaliveRequest
         * @augments agent.KeepaliveRequest.$Properties
         * @deprecated Use agent.KeepaliveRequest.$Properties instead.
         */

        /**
         * Shape of a KeepaliveRequest.
         * @typedef {agent.KeepaliveRequest.$Properties} agent.KeepaliveRequest.$Shape
         */

        /**
         * Constructs a new KeepaliveRequest.
         * @memberof agent
         * @classdesc Represents a KeepaliveRequest.
         * @constructor
         * @param {agent.KeepaliveRequest.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const KeepaliveRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * KeepaliveRequest time.
         * @member {Long} time
         * @memberof agent.KeepaliveRequest
         * @instance
         */
        KeepaliveRequest.prototype.time = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Creates a new KeepaliveRequest instance using the specified properties.
         * @function create
         * @memberof agent.KeepaliveRequest
         * @static
         * @param {agent.KeepaliveRequest.$Properties=} [properties] Properties to set
         * @returns {agent.KeepaliveRequest} KeepaliveRequest instance
         * @type {{
         *   (properties: agent.KeepaliveRequest.$Shape): agent.KeepaliveRequest & agent.KeepaliveRequest.$Shape;
         *   (properties?: agent.KeepaliveRequest.$Properties): agent.KeepaliveRequest;
         * }}
         */
        KeepaliveRequest.create = function(properties) {
            return new KeepaliveRequest(properties);
        };

        /**
         * Encodes the specified KeepaliveRequest message. Does not implicitly {@link agent.KeepaliveRequest.verify|verify} messages.
         * @function encode
         * @memberof agent.KeepaliveRequest
         * @static
         * @param {agent.KeepaliveRequest.$Properties} message KeepaliveRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        KeepaliveRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.time != null && $Object.hasOwnProperty.call(message, "time") && (typeof message.time === "object" ? message.time.low || message.time.high : message.time !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.time);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified KeepaliveRequest message, length delimited. Does not implicitly {@link agent.KeepaliveRequest.verify|verify} messages.
         * @function encodeDelimited
         * @memberof agent.KeepaliveRequest
         * @static
         * @param {agent.KeepaliveRequest.$Properties} message KeepaliveRequest message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        KeepaliveRequest.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a KeepaliveRequest message from the specified reader or buffer.
         * @function decode
         * @memberof agent.KeepaliveRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {agent.KeepaliveRequest & agent.KeepaliveRequest.$Shape} KeepaliveRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        KeepaliveRequest.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.agent.KeepaliveRequest();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.time = value;
                        else
                            delete message.time;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a KeepaliveRequest message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof agent.KeepaliveRequest
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {agent.KeepaliveRequest & agent.KeepaliveRequest.$Shape} KeepaliveRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        KeepaliveRequest.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a KeepaliveRequest message.
         * @function verify
         * @memberof agent.KeepaliveRequest
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        KeepaliveRequest.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
                if (!$util.isInteger(message.time) && !(message.time && $util.isInteger(message.time.low) && $util.isInteger(message.time.high)))
                    return "time: integer|Long expected";
            return null;
        };

        /**
         * Creates a KeepaliveRequest message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof agent.KeepaliveRequest
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {agent.KeepaliveRequest} KeepaliveRequest
         */
        KeepaliveRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.agent.KeepaliveRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".agent.KeepaliveRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.agent.KeepaliveRequest();
            if (object.time != null)
                if (typeof object.time === "object" ? object.time.low || object.time.high : $Number(object.time) !== 0)
                    if ($util.Long)
                        message.time = $util.Long.fromValue(object.time, false);
                    else if (typeof object.time === "string")
                        message.time = $parseInt(object.time, 10);
                    else if (typeof object.time === "number")
                        message.time = object.time;
                    else if (typeof object.time === "object")
                        message.time = new $util.LongBits(object.time.low >>> 0, object.time.high >>> 0).toNumber();
            return message;
        };

        /**
         * Creates a plain object from a KeepaliveRequest message. Also converts values to other types if specified.
         * @function toObject
         * @memberof agent.KeepaliveRequest
         * @static
         * @param {agent.KeepaliveRequest} message KeepaliveRequest
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        KeepaliveRequest.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.time = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.time = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.time = typeof message.time === "number" ? $BigInt(message.time) : $util.Long.fromBits(message.time.low >>> 0, message.time.high >>> 0, false).toBigInt();
                else if (typeof message.time === "number")
                    object.time = options.longs === $String ? $String(message.time) : message.time;
                else
                    object.time = options.longs === $String ? $util.Long.prototype.toString.call(message.time) : options.longs === $Number ? new $util.LongBits(message.time.low >>> 0, message.time.high >>> 0).toNumber() : message.time;
            return object;
        };

        /**
         * Converts this KeepaliveRequest to JSON.
         * @function toJSON
         * @memberof agent.KeepaliveRequest
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        KeepaliveRequest.prototype.toJSON = function() {
            return KeepaliveRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for KeepaliveRequest
         * @function getTypeUrl
         * @memberof agent.KeepaliveRequest
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        KeepaliveRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/agent.KeepaliveRequest";
        };

        return KeepaliveRequest;
    })();

    agent.KeepaliveResponse = (function() {

        /**
         * Properties of a KeepaliveResponse.
         * @typedef {Object} agent.KeepaliveResponse.$Properties
         * @property {Long|null} [time] KeepaliveResponse time
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a KeepaliveResponse.
         * @memberof agent
         * @interface IKeepaliveResponse
         * @augments agent.KeepaliveResponse.$Properties
         * @deprecated Use agent.KeepaliveResponse.$Properties instead.
         */

        /**
         * Shape of a KeepaliveResponse.
         * @typedef {agent.KeepaliveResponse.$Properties} agent.KeepaliveResponse.$Shape
         */

        /**
         * Constructs a new KeepaliveResponse.
         * @memberof agent
         * @classdesc Represents a KeepaliveResponse.
         * @constructor
         * @param {agent.KeepaliveResponse.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const KeepaliveResponse = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * KeepaliveResponse time.
         * @member {Long} time
         * @memberof agent.KeepaliveResponse
         * @instance
         */
        KeepaliveResponse.prototype.time = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Creates a new KeepaliveResponse instance using the specified properties.
         * @function create
         * @memberof agent.KeepaliveResponse
         * @static
         * @param {agent.KeepaliveResponse.$Properties=} [properties] Properties to set
         * @returns {agent.KeepaliveResponse} KeepaliveResponse instance
         * @type {{
         *   (properties: agent.KeepaliveResponse.$Shape): agent.KeepaliveResponse & agent.KeepaliveResponse.$Shape;
         *   (properties?: agent.KeepaliveResponse.$Properties): agent.KeepaliveResponse;
         * }}
         */
        KeepaliveResponse.create = function(properties) {
            return new KeepaliveResponse(properties);
        };

        /**
         * Encodes the specified KeepaliveResponse message. Does not implicitly {@link agent.KeepaliveResponse.verify|verify} messages.
         * @function encode
         * @memberof agent.KeepaliveResponse
         * @static
         * @param {agent.KeepaliveResponse.$Properties} message KeepaliveResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        KeepaliveResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.time != null && $Object.hasOwnProperty.call(message, "time") && (typeof message.time === "object" ? message.time.low || message.time.high : message.time !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.time);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified KeepaliveResponse message, length delimited. Does not implicitly {@link agent.KeepaliveResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof agent.KeepaliveResponse
         * @static
         * @param {agent.KeepaliveResponse.$Properties} message KeepaliveResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        KeepaliveResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a KeepaliveResponse message from the specified reader or buffer.
         * @function decode
         * @memberof agent.KeepaliveResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {agent.KeepaliveResponse & agent.KeepaliveResponse.$Shape} KeepaliveResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        KeepaliveResponse.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.agent.KeepaliveResponse();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.time = value;
                        else
                            delete message.time;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a KeepaliveResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof agent.KeepaliveResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {agent.KeepaliveResponse & agent.KeepaliveResponse.$Shape} KeepaliveResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        KeepaliveResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a KeepaliveResponse message.
         * @function verify
         * @memberof agent.KeepaliveResponse
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        KeepaliveResponse.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
                if (!$util.isInteger(message.time) && !(message.time && $util.isInteger(message.time.low) && $util.isInteger(message.time.high)))
                    return "time: integer|Long expected";
            return null;
        };

        /**
         * Creates a KeepaliveResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof agent.KeepaliveResponse
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {agent.KeepaliveResponse} KeepaliveResponse
         */
        KeepaliveResponse.fromObject = function (object, _depth) {
            if (object instanceof $root.agent.KeepaliveResponse)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".agent.KeepaliveResponse: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.agent.KeepaliveResponse();
            if (object.time != null)
                if (typeof object.time === "object" ? object.time.low || object.time.high : $Number(object.time) !== 0)
                    if ($util.Long)
                        message.time = $util.Long.fromValue(object.time, false);
                    else if (typeof object.time === "string")
                        message.time = $parseInt(object.time, 10);
                    else if (typeof object.time === "number")
                        message.time = object.time;
                    else if (typeof object.time === "object")
                        message.time = new $util.LongBits(object.time.low >>> 0, object.time.high >>> 0).toNumber();
            return message;
        };

        /**
         * Creates a plain object from a KeepaliveResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof agent.KeepaliveResponse
         * @static
         * @param {agent.KeepaliveResponse} message KeepaliveResponse
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        KeepaliveResponse.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.time = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.time = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.time = typeof message.time === "number" ? $BigInt(message.time) : $util.Long.fromBits(message.time.low >>> 0, message.time.high >>> 0, false).toBigInt();
                else if (typeof message.time === "number")
                    object.time = options.longs === $String ? $String(message.time) : message.time;
                else
                    object.time = options.longs === $String ? $util.Long.prototype.toString.call(message.time) : options.longs === $Number ? new $util.LongBits(message.time.low >>> 0, message.time.high >>> 0).toNumber() : message.time;
            return object;
        };

        /**
         * Converts this KeepaliveResponse to JSON.
         * @function toJSON
         * @memberof agent.KeepaliveResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        KeepaliveResponse.prototype.toJSON = function() {
            return KeepaliveResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for KeepaliveResponse
         * @function getTypeUrl
         * @memberof agent.KeepaliveResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        KeepaliveResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/agent.KeepaliveResponse";
        };

        return KeepaliveResponse;
    })();

    agent.ErrorResponse = (function() {

        /**
         * Properties of an ErrorResponse.
         * @typedef {Object} agent.ErrorResponse.$Properties
         * @property {string|null} [error] ErrorResponse error
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an ErrorResponse.
         * @memberof agent
         * @interface IErrorResponse
         * @augments agent.ErrorResponse.$Properties
         * @deprecated Use agent.ErrorResponse.$Properties instead.
         */

        /**
         * Shape of an ErrorResponse.
         * @typedef {agent.ErrorResponse.$Properties} agent.ErrorResponse.$Shape
         */

        /**
         * Constructs a new ErrorResponse.
         * @memberof agent
         * @classdesc Represents an ErrorResponse.
         * @constructor
         * @param {agent.ErrorResponse.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ErrorResponse = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ErrorResponse error.
         * @member {string} error
         * @memberof agent.ErrorResponse
         * @instance
         */
        ErrorResponse.prototype.error = "";

        /**
         * Creates a new ErrorResponse instance using the specified properties.
         * @function create
         * @memberof agent.ErrorResponse
         * @static
         * @param {agent.ErrorResponse.$Properties=} [properties] Properties to set
         * @returns {agent.ErrorResponse} ErrorResponse instance
         * @type {{
         *   (properties: agent.ErrorResponse.$Shape): agent.ErrorResponse & agent.ErrorResponse.$Shape;
         *   (properties?: agent.ErrorResponse.$Properties): agent.ErrorResponse;
         * }}
         */
        ErrorResponse.create = function(properties) {
            return new ErrorResponse(properties);
        };

        /**
         * Encodes the specified ErrorResponse message. Does not implicitly {@link agent.ErrorResponse.verify|verify} messages.
         * @function encode
         * @memberof agent.ErrorResponse
         * @static
         * @param {agent.ErrorResponse.$Properties} message ErrorResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ErrorResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.error);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified ErrorResponse message, length delimited. Does not implicitly {@link agent.ErrorResponse.verify|verify} messages.
         * @function encodeDelimited
         * @memberof agent.ErrorResponse
         * @static
         * @param {agent.ErrorResponse.$Properties} message ErrorResponse message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ErrorResponse.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an ErrorResponse message from the specified reader or buffer.
         * @function decode
         * @memberof agent.ErrorResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {agent.ErrorResponse & agent.ErrorResponse.$Shape} ErrorResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ErrorResponse.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.agent.ErrorResponse();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.error = value;
                        else
                            delete message.error;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes an ErrorResponse message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof agent.ErrorResponse
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {agent.ErrorResponse & agent.ErrorResponse.$Shape} ErrorResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ErrorResponse.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an ErrorResponse message.
         * @function verify
         * @memberof agent.ErrorResponse
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        ErrorResponse.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                if (!$util.isString(message.error))
                    return "error: string expected";
            return null;
        };

        /**
         * Creates an ErrorResponse message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof agent.ErrorResponse
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {agent.ErrorResponse} ErrorResponse
         */
        ErrorResponse.fromObject = function (object, _depth) {
            if (object instanceof $root.agent.ErrorResponse)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".agent.ErrorResponse: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.agent.ErrorResponse();
            if (object.error != null)
                if (typeof object.error !== "string" || object.error.length)
                    message.error = $String(object.error);
            return message;
        };

        /**
         * Creates a plain object from an ErrorResponse message. Also converts values to other types if specified.
         * @function toObject
         * @memberof agent.ErrorResponse
         * @static
         * @param {agent.ErrorResponse} message ErrorResponse
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ErrorResponse.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.error = "";
            if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                object.error = message.error;
            return object;
        };

        /**
         * Converts this ErrorResponse to JSON.
         * @function toJSON
         * @memberof agent.ErrorResponse
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ErrorResponse.prototype.toJSON = function() {
            return ErrorResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ErrorResponse
         * @function getTypeUrl
         * @memberof agent.ErrorResponse
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ErrorResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/agent.ErrorResponse";
        };

        return ErrorResponse;
    })();

    agent.BeginBatch = (function() {

        /**
         * Properties of a BeginBatch.
         * @typedef {Object} agent.BeginBatch.$Properties
         * @property {string|null} [name] BeginBatch name
         * @property {string|null} [group] BeginBatch group
         * @property {Object.<string,string>|null} [tags] BeginBatch tags
         * @property {Long|null} [size] BeginBatch size
         * @property {boolean|null} [byName] BeginBatch byName
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a BeginBatch.
         * @memberof agent
         * @interface IBeginBatch
         * @augments agent.BeginBatch.$Properties
         * @deprecated Use agent.BeginBatch.$Properties instead.
         */

        /**
         * Shape of a BeginBatch.
         * @typedef {agent.BeginBatch.$Properties} agent.BeginBatch.$Shape
         */

        /**
         * Constructs a new BeginBatch.
         * @memberof agent
         * @classdesc Represents a BeginBatch.
         * @constructor
         * @param {agent.BeginBatch.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const BeginBatch = function (properties) {
            this.tags = {};
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * BeginBatch name.
         * @member {string} name
         * @memberof agent.BeginBatch
         * @instance
         */
        BeginBatch.prototype.name = "";

        /**
         * BeginBatch group.
         * @member {string} group
         * @memberof agent.BeginBatch
         * @instance
         */
        BeginBatch.prototype.group = "";

        /**
         * BeginBatch tags.
         * @member {Object.<string,string>} tags
         * @memberof agent.BeginBatch
         * @instance
         */
        BeginBatch.prototype.tags = $util.emptyObject;

        /**
         * BeginBatch size.
         * @member {Long} size
         * @memberof agent.BeginBatch
         * @instance
         */
        BeginBatch.prototype.size = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * BeginBatch byName.
         * @member {boolean} byName
         * @memberof agent.BeginBatch
         * @instance
         */
        BeginBatch.prototype.byName = false;

        /**
         * Creates a new BeginBatch instance using the specified properties.
         * @function create
         * @memberof agent.BeginBatch
         * @static
         * @param {agent.BeginBatch.$Properties=} [properties] Properties to set
         * @returns {agent.BeginBatch} BeginBatch instance
         * @type {{
         *   (properties: agent.BeginBatch.$Shape): agent.BeginBatch & agent.BeginBatch.$Shape;
         *   (properties?: agent.BeginBatch.$Properties): agent.BeginBatch;
         * }}
         */
        BeginBatch.create = function(properties) {
            return new BeginBatch(properties);
        };

        /**
         * Encodes the specified BeginBatch message. Does not implicitly {@link agent.BeginBatch.verify|verify} messages.
         * @function encode
         * @memberof agent.BeginBatch
         * @static
         * @param {agent.BeginBatch.$Properties} message BeginBatch message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BeginBatch.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.group != null && $Object.hasOwnProperty.call(message, "group") && message.group !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.group);
            if (message.tags != null && $Object.hasOwnProperty.call(message, "tags"))
                for (let keys = $Object.keys(message.tags), i = 0; i < keys.length; ++i)
                    writer.uint32(/* id 3, wireType 2 =*/26).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.tags[keys[i]]).ldelim();
            if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
                writer.uint32(/* id 4, wireType 0 =*/32).int64(message.size);
            if (message.byName != null && $Object.hasOwnProperty.call(message, "byName") && message.byName !== false)
                writer.uint32(/* id 5, wireType 0 =*/40).bool(message.byName);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified BeginBatch message, length delimited. Does not implicitly {@link agent.BeginBatch.verify|verify} messages.
         * @function encodeDelimited
         * @memberof agent.BeginBatch
         * @static
         * @param {agent.BeginBatch.$Properties} message BeginBatch message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        BeginBatch.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a BeginBatch message from the specified reader or buffer.
         * @function decode
         * @memberof agent.BeginBatch
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {agent.BeginBatch & agent.BeginBatch.$Shape} BeginBatch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BeginBatch.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, key, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.agent.BeginBatch();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.group = value;
                        else
                            delete message.group;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (message.tags === $util.emptyObject)
                            message.tags = {};
                        let end2 = reader.size() + reader.pos;
                        if (end2 > reader.len)
                            throw $RangeError("index out of range");
                        reader.len = end2;
                        key = "";
                        value = "";
                        while (reader.pos < end2) {
                            let tag2 = reader.tag();
                            wireType = tag2 & 7;
                            switch (tag2 >>>= 3) {
                            case 1:
                                if (wireType !== 2)
                                    break;
                                key = reader.stringVerify();
                                continue;
                            case 2:
                                if (wireType !== 2)
                                    break;
                                value = reader.stringVerify();
                                continue;
                            }
                            reader.skipType(wireType, _depth, tag2);
                        }
                        if (reader.pos !== end2)
                            throw $RangeError("index out of range");
                        reader.len = end;
                        if (key === "__proto__")
                            $util.makeProp(message.tags, key);
                        message.tags[key] = value;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.size = value;
                        else
                            delete message.size;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.byName = value;
                        else
                            delete message.byName;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a BeginBatch message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof agent.BeginBatch
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {agent.BeginBatch & agent.BeginBatch.$Shape} BeginBatch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        BeginBatch.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a BeginBatch message.
         * @function verify
         * @memberof agent.BeginBatch
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        BeginBatch.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                if (!$util.isString(message.name))
                    return "name: string expected";
            if (message.group != null && $Object.hasOwnProperty.call(message, "group"))
                if (!$util.isString(message.group))
                    return "group: string expected";
            if (message.tags != null && $Object.hasOwnProperty.call(message, "tags")) {
                if (!$util.isObject(message.tags))
                    return "tags: object expected";
                let key = $Object.keys(message.tags);
                for (let i = 0; i < key.length; ++i)
                    if (!$util.isString(message.tags[key[i]]))
                        return "tags: string{k:string} expected";
            }
            if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                if (!$util.isInteger(message.size) && !(message.size && $util.isInteger(message.size.low) && $util.isInteger(message.size.high)))
                    return "size: integer|Long expected";
            if (message.byName != null && $Object.hasOwnProperty.call(message, "byName"))
                if (typeof message.byName !== "boolean")
                    return "byName: boolean expected";
            return null;
        };

        /**
         * Creates a BeginBatch message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof agent.BeginBatch
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {agent.BeginBatch} BeginBatch
         */
        BeginBatch.fromObject = function (object, _depth) {
            if (object instanceof $root.agent.BeginBatch)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".agent.BeginBatch: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.agent.BeginBatch();
            if (object.name != null)
                if (typeof object.name !== "string" || object.name.length)
                    message.name = $String(object.name);
            if (object.group != null)
                if (typeof object.group !== "string" || object.group.length)
                    message.group = $String(object.group);
            if (object.tags) {
                if (!$util.isObject(object.tags))
                    throw $TypeError(".agent.BeginBatch.tags: object expected");
                message.tags = {};
                for (let keys = $Object.keys(object.tags), i = 0; i < keys.length; ++i) {
                    if (keys[i] === "__proto__")
                        $util.makeProp(message.tags, keys[i]);
                    message.tags[keys[i]] = $String(object.tags[keys[i]]);
                }
            }
            if (object.size != null)
                if (typeof object.size === "object" ? object.size.low || object.size.high : $Number(object.size) !== 0)
                    if ($util.Long)
                        message.size = $util.Long.fromValue(object.size, false);
                    else if (typeof object.size === "string")
                        message.size = $parseInt(object.size, 10);
                    else if (typeof object.size === "number")
                        message.size = object.size;
                    else if (typeof object.size === "object")
                        message.size = new $util.LongBits(object.size.low >>> 0, object.size.high >>> 0).toNumber();
            if (object.byName != null)
                if (object.byName)
                    message.byName = $Boolean(object.byName);
            return message;
        };

        /**
         * Creates a plain object from a BeginBatch message. Also converts values to other types if specified.
         * @function toObject
         * @memberof agent.BeginBatch
         * @static
         * @param {agent.BeginBatch} message BeginBatch
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        BeginBatch.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.objects || options.defaults)
                object.tags = {};
            if (options.defaults) {
                object.name = "";
                object.group = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.size = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.size = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.byName = false;
            }
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.group != null && $Object.hasOwnProperty.call(message, "group"))
                object.group = message.group;
            let keys2;
            if (message.tags && (keys2 = $Object.keys(message.tags)).length) {
                object.tags = {};
                for (let j = 0; j < keys2.length; ++j) {
                    if (keys2[j] === "__proto__")
                        $util.makeProp(object.tags, keys2[j]);
                    object.tags[keys2[j]] = message.tags[keys2[j]];
                }
            }
            if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.size = typeof message.size === "number" ? $BigInt(message.size) : $util.Long.fromBits(message.size.low >>> 0, message.size.high >>> 0, false).toBigInt();
                else if (typeof message.size === "number")
                    object.size = options.longs === $String ? $String(message.size) : message.size;
                else
                    object.size = options.longs === $String ? $util.Long.prototype.toString.call(message.size) : options.longs === $Number ? new $util.LongBits(message.size.low >>> 0, message.size.high >>> 0).toNumber() : message.size;
            if (message.byName != null && $Object.hasOwnProperty.call(message, "byName"))
                object.byName = message.byName;
            return object;
        };

        /**
         * Converts this BeginBatch to JSON.
         * @function toJSON
         * @memberof agent.BeginBatch
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        BeginBatch.prototype.toJSON = function() {
            return BeginBatch.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for BeginBatch
         * @function getTypeUrl
         * @memberof agent.BeginBatch
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        BeginBatch.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/agent.BeginBatch";
        };

        return BeginBatch;
    })();

    agent.Point = (function() {

        /**
         * Properties of a Point.
         * @typedef {Object} agent.Point.$Properties
         * @property {Long|null} [time] Point time
         * @property {string|null} [name] Point name
         * @property {string|null} [database] Point database
         * @property {string|null} [retentionPolicy] Point retentionPolicy
         * @property {string|null} [group] Point group
         * @property {Array.<string>|null} [dimensions] Point dimensions
         * @property {Object.<string,string>|null} [tags] Point tags
         * @property {Object.<string,number>|null} [fieldsDouble] Point fieldsDouble
         * @property {Object.<string,Long>|null} [fieldsInt] Point fieldsInt
         * @property {Object.<string,string>|null} [fieldsString] Point fieldsString
         * @property {boolean|null} [byName] Point byName
         * @property {Object.<string,boolean>|null} [fieldsBool] Point fieldsBool
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Point.
         * @memberof agent
         * @interface IPoint
         * @augments agent.Point.$Properties
         * @deprecated Use agent.Point.$Properties instead.
         */

        /**
         * Shape of a Point.
         * @typedef {agent.Point.$Properties} agent.Point.$Shape
         */

        /**
         * Constructs a new Point.
         * @memberof agent
         * @classdesc Represents a Point.
         * @constructor
         * @param {agent.Point.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Point = function (properties) {
            this.dimensions = [];
            this.tags = {};
            this.fieldsDouble = {};
            this.fieldsInt = {};
            this.fieldsString = {};
            this.fieldsBool = {};
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Point time.
         * @member {Long} time
         * @memberof agent.Point
         * @instance
         */
        Point.prototype.time = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Point name.
         * @member {string} name
         * @memberof agent.Point
         * @instance
         */
        Point.prototype.name = "";

        /**
         * Point database.
         * @member {string} database
         * @memberof agent.Point
         * @instance
         */
        Point.prototype.database = "";

        /**
         * Point retentionPolicy.
         * @member {string} retentionPolicy
         * @memberof agent.Point
         * @instance
         */
        Point.prototype.retentionPolicy = "";

        /**
         * Point group.
         * @member {string} group
         * @memberof agent.Point
         * @instance
         */
        Point.prototype.group = "";

        /**
         * Point dimensions.
         * @member {Array.<string>} dimensions
         * @memberof agent.Point
         * @instance
         */
        Point.prototype.dimensions = $util.emptyArray;

        /**
         * Point tags.
         * @member {Object.<string,string>} tags
         * @memberof agent.Point
         * @instance
         */
        Point.prototype.tags = $util.emptyObject;

        /**
         * Point fieldsDouble.
         * @member {Object.<string,number>} fieldsDouble
         * @memberof agent.Point
         * @instance
         */
        Point.prototype.fieldsDouble = $util.emptyObject;

        /**
         * Point fieldsInt.
         * @member {Object.<string,Long>} fieldsInt
         * @memberof agent.Point
         * @instance
         */
        Point.prototype.fieldsInt = $util.emptyObject;

        /**
         * Point fieldsString.
         * @member {Object.<string,string>} fieldsString
         * @memberof agent.Point
         * @instance
         */
        Point.prototype.fieldsString = $util.emptyObject;

        /**
         * Point byName.
         * @member {boolean} byName
         * @memberof agent.Point
         * @instance
         */
        Point.prototype.byName = false;

        /**
         * Point fieldsBool.
         * @member {Object.<string,boolean>} fieldsBool
         * @memberof agent.Point
         * @instance
         */
        Point.prototype.fieldsBool = $util.emptyObject;

        /**
         * Creates a new Point instance using the specified properties.
         * @function create
         * @memberof agent.Point
         * @static
         * @param {agent.Point.$Properties=} [properties] Properties to set
         * @returns {agent.Point} Point instance
         * @type {{
         *   (properties: agent.Point.$Shape): agent.Point & agent.Point.$Shape;
         *   (properties?: agent.Point.$Properties): agent.Point;
         * }}
         */
        Point.create = function(properties) {
            return new Point(properties);
        };

        /**
         * Encodes the specified Point message. Does not implicitly {@link agent.Point.verify|verify} messages.
         * @function encode
         * @memberof agent.Point
         * @static
         * @param {agent.Point.$Properties} message Point message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Point.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.time != null && $Object.hasOwnProperty.call(message, "time") && (typeof message.time === "object" ? message.time.low || message.time.high : message.time !== 0))
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.time);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
            if (message.database != null && $Object.hasOwnProperty.call(message, "database") && message.database !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.database);
            if (message.retentionPolicy != null && $Object.hasOwnProperty.call(message, "retentionPolicy") && message.retentionPolicy !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.retentionPolicy);
            if (message.group != null && $Object.hasOwnProperty.call(message, "group") && message.group !== "")
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.group);
            if (message.dimensions != null && message.dimensions.length)
                for (let i = 0; i < message.dimensions.length; ++i)
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.dimensions[i]);
            if (message.tags != null && $Object.hasOwnProperty.call(message, "tags"))
                for (let keys = $Object.keys(message.tags), i = 0; i < keys.length; ++i)
                    writer.uint32(/* id 7, wireType 2 =*/58).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.tags[keys[i]]).ldelim();
            if (message.fieldsDouble != null && $Object.hasOwnProperty.call(message, "fieldsDouble"))
                for (let keys = $Object.keys(message.fieldsDouble), i = 0; i < keys.length; ++i)
                    writer.uint32(/* id 8, wireType 2 =*/66).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 1 =*/17).double(message.fieldsDouble[keys[i]]).ldelim();
            if (message.fieldsInt != null && $Object.hasOwnProperty.call(message, "fieldsInt"))
                for (let keys = $Object.keys(message.fieldsInt), i = 0; i < keys.length; ++i)
                    writer.uint32(/* id 9, wireType 2 =*/74).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 0 =*/16).int64(message.fieldsInt[keys[i]]).ldelim();
            if (message.fieldsString != null && $Object.hasOwnProperty.call(message, "fieldsString"))
                for (let keys = $Object.keys(message.fieldsString), i = 0; i < keys.length; ++i)
                    writer.uint32(/* id 10, wireType 2 =*/82).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.fieldsString[keys[i]]).ldelim();
            if (message.byName != null && $Object.hasOwnProperty.call(message, "byName") && message.byName !== false)
                writer.uint32(/* id 11, wireType 0 =*/88).bool(message.byName);
            if (message.fieldsBool != null && $Object.hasOwnProperty.call(message, "fieldsBool"))
                for (let keys = $Object.keys(message.fieldsBool), i = 0; i < keys.length; ++i)
                    writer.uint32(/* id 12, wireType 2 =*/98).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 0 =*/16).bool(message.fieldsBool[keys[i]]).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Point message, length delimited. Does not implicitly {@link agent.Point.verify|verify} messages.
         * @function encodeDelimited
         * @memberof agent.Point
         * @static
         * @param {agent.Point.$Properties} message Point message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Point.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Point message from the specified reader or buffer.
         * @function decode
         * @memberof agent.Point
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {agent.Point & agent.Point.$Shape} Point
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Point.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, key, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.agent.Point();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.time = value;
                        else
                            delete message.time;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.database = value;
                        else
                            delete message.database;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.retentionPolicy = value;
                        else
                            delete message.retentionPolicy;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.group = value;
                        else
                            delete message.group;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if (!(message.dimensions && message.dimensions.length))
                            message.dimensions = [];
                        message.dimensions.push(reader.stringVerify());
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if (message.tags === $util.emptyObject)
                            message.tags = {};
                        let end2 = reader.size() + reader.pos;
                        if (end2 > reader.len)
                            throw $RangeError("index out of range");
                        reader.len = end2;
                        key = "";
                        value = "";
                        while (reader.pos < end2) {
                            let tag2 = reader.tag();
                            wireType = tag2 & 7;
                            switch (tag2 >>>= 3) {
                            case 1:
                                if (wireType !== 2)
                                    break;
                                key = reader.stringVerify();
                                continue;
                            case 2:
                                if (wireType !== 2)
                                    break;
                                value = reader.stringVerify();
                                continue;
                            }
                            reader.skipType(wireType, _depth, tag2);
                        }
                        if (reader.pos !== end2)
                            throw $RangeError("index out of range");
                        reader.len = end;
                        if (key === "__proto__")
                            $util.makeProp(message.tags, key);
                        message.tags[key] = value;
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        if (message.fieldsDouble === $util.emptyObject)
                            message.fieldsDouble = {};
                        let end2 = reader.size() + reader.pos;
                        if (end2 > reader.len)
                            throw $RangeError("index out of range");
                        reader.len = end2;
                        key = "";
                        value = 0;
                        while (reader.pos < end2) {
                            let tag2 = reader.tag();
                            wireType = tag2 & 7;
                            switch (tag2 >>>= 3) {
                            case 1:
                                if (wireType !== 2)
                                    break;
                                key = reader.stringVerify();
                                continue;
                            case 2:
                                if (wireType !== 1)
                                    break;
                                value = reader.double();
                                continue;
                            }
                            reader.skipType(wireType, _depth, tag2);
                        }
                        if (reader.pos !== end2)
                            throw $RangeError("index out of range");
                        reader.len = end;
                        if (key === "__proto__")
                            $util.makeProp(message.fieldsDouble, key);
                        message.fieldsDouble[key] = value;
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        if (message.fieldsInt === $util.emptyObject)
                            message.fieldsInt = {};
                        let end2 = reader.size() + reader.pos;
                        if (end2 > reader.len)
                            throw $RangeError("index out of range");
                        reader.len = end2;
                        key = "";
                        value = $util.Long ? $util.Long.fromNumber(0, false) : 0;
                        while (reader.pos < end2) {
                            let tag2 = reader.tag();
                            wireType = tag2 & 7;
                            switch (tag2 >>>= 3) {
                            case 1:
                                if (wireType !== 2)
                                    break;
                                key = reader.stringVerify();
                                continue;
                            case 2:
                                if (wireType !== 0)
                                    break;
                                value = reader.int64();
                                continue;
                            }
                            reader.skipType(wireType, _depth, tag2);
                        }
                        if (reader.pos !== end2)
                            throw $RangeError("index out of range");
                        reader.len = end;
                        if (key === "__proto__")
                            $util.makeProp(message.fieldsInt, key);
                        message.fieldsInt[key] = value;
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        if (message.fieldsString === $util.emptyObject)
                            message.fieldsString = {};
                        let end2 = reader.size() + reader.pos;
                        if (end2 > reader.len)
                            throw $RangeError("index out of range");
                        reader.len = end2;
                        key = "";
                        value = "";
                        while (reader.pos < end2) {
                            let tag2 = reader.tag();
                            wireType = tag2 & 7;
                            switch (tag2 >>>= 3) {
                            case 1:
                                if (wireType !== 2)
                                    break;
                                key = reader.stringVerify();
                                continue;
                            case 2:
                                if (wireType !== 2)
                                    break;
                                value = reader.stringVerify();
                                continue;
                            }
                            reader.skipType(wireType, _depth, tag2);
                        }
                        if (reader.pos !== end2)
                            throw $RangeError("index out of range");
                        reader.len = end;
                        if (key === "__proto__")
                            $util.makeProp(message.fieldsString, key);
                        message.fieldsString[key] = value;
                        continue;
                    }
                case 11: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.byName = value;
                        else
                            delete message.byName;
                        continue;
                    }
                case 12: {
                        if (wireType !== 2)
                            break;
                        if (message.fieldsBool === $util.emptyObject)
                            message.fieldsBool = {};
                        let end2 = reader.size() + reader.pos;
                        if (end2 > reader.len)
                            throw $RangeError("index out of range");
                        reader.len = end2;
                        key = "";
                        value = false;
                        while (reader.pos < end2) {
                            let tag2 = reader.tag();
                            wireType = tag2 & 7;
                            switch (tag2 >>>= 3) {
                            case 1:
                                if (wireType !== 2)
                                    break;
                                key = reader.stringVerify();
                                continue;
                            case 2:
                                if (wireType !== 0)
                                    break;
                                value = reader.bool();
                                continue;
                            }
                            reader.skipType(wireType, _depth, tag2);
                        }
                        if (reader.pos !== end2)
                            throw $RangeError("index out of range");
                        reader.len = end;
                        if (key === "__proto__")
                            $util.makeProp(message.fieldsBool, key);
                        message.fieldsBool[key] = value;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a Point message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof agent.Point
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {agent.Point & agent.Point.$Shape} Point
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Point.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a Point message.
         * @function verify
         * @memberof agent.Point
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Point.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
                if (!$util.isInteger(message.time) && !(message.time && $util.isInteger(message.time.low) && $util.isInteger(message.time.high)))
                    return "time: integer|Long expected";
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                if (!$util.isString(message.name))
                    return "name: string expected";
            if (message.database != null && $Object.hasOwnProperty.call(message, "database"))
                if (!$util.isString(message.database))
                    return "database: string expected";
            if (message.retentionPolicy != null && $Object.hasOwnProperty.call(message, "retentionPolicy"))
                if (!$util.isString(message.retentionPolicy))
                    return "retentionPolicy: string expected";
            if (message.group != null && $Object.hasOwnProperty.call(message, "group"))
                if (!$util.isString(message.group))
                    return "group: string expected";
            if (message.dimensions != null && $Object.hasOwnProperty.call(message, "dimensions")) {
                if (!$Array.isArray(message.dimensions))
                    return "dimensions: array expected";
                for (let i = 0; i < message.dimensions.length; ++i)
                    if (!$util.isString(message.dimensions[i]))
                        return "dimensions: string[] expected";
            }
            if (message.tags != null && $Object.hasOwnProperty.call(message, "tags")) {
                if (!$util.isObject(message.tags))
                    return "tags: object expected";
                let key = $Object.keys(message.tags);
                for (let i = 0; i < key.length; ++i)
                    if (!$util.isString(message.tags[key[i]]))
                        return "tags: string{k:string} expected";
            }
            if (message.fieldsDouble != null && $Object.hasOwnProperty.call(message, "fieldsDouble")) {
                if (!$util.isObject(message.fieldsDouble))
                    return "fieldsDouble: object expected";
                let key = $Object.keys(message.fieldsDouble);
                for (let i = 0; i < key.length; ++i)
                    if (typeof message.fieldsDouble[key[i]] !== "number")
                        return "fieldsDouble: number{k:string} expected";
            }
            if (message.fieldsInt != null && $Object.hasOwnProperty.call(message, "fieldsInt")) {
                if (!$util.isObject(message.fieldsInt))
                    return "fieldsInt: object expected";
                let key = $Object.keys(message.fieldsInt);
                for (let i = 0; i < key.length; ++i)
                    if (!$util.isInteger(message.fieldsInt[key[i]]) && !(message.fieldsInt[key[i]] && $util.isInteger(message.fieldsInt[key[i]].low) && $util.isInteger(message.fieldsInt[key[i]].high)))
                        return "fieldsInt: integer|Long{k:string} expected";
            }
            if (message.fieldsString != null && $Object.hasOwnProperty.call(message, "fieldsString")) {
                if (!$util.isObject(message.fieldsString))
                    return "fieldsString: object expected";
                let key = $Object.keys(message.fieldsString);
                for (let i = 0; i < key.length; ++i)
                    if (!$util.isString(message.fieldsString[key[i]]))
                        return "fieldsString: string{k:string} expected";
            }
            if (message.byName != null && $Object.hasOwnProperty.call(message, "byName"))
                if (typeof message.byName !== "boolean")
                    return "byName: boolean expected";
            if (message.fieldsBool != null && $Object.hasOwnProperty.call(message, "fieldsBool")) {
                if (!$util.isObject(message.fieldsBool))
                    return "fieldsBool: object expected";
                let key = $Object.keys(message.fieldsBool);
                for (let i = 0; i < key.length; ++i)
                    if (typeof message.fieldsBool[key[i]] !== "boolean")
                        return "fieldsBool: boolean{k:string} expected";
            }
            return null;
        };

        /**
         * Creates a Point message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof agent.Point
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {agent.Point} Point
         */
        Point.fromObject = function (object, _depth) {
            if (object instanceof $root.agent.Point)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".agent.Point: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.agent.Point();
            if (object.time != null)
                if (typeof object.time === "object" ? object.time.low || object.time.high : $Number(object.time) !== 0)
                    if ($util.Long)
                        message.time = $util.Long.fromValue(object.time, false);
                    else if (typeof object.time === "string")
                        message.time = $parseInt(object.time, 10);
                    else if (typeof object.time === "number")
                        message.time = object.time;
                    else if (typeof object.time === "object")
                        message.time = new $util.LongBits(object.time.low >>> 0, object.time.high >>> 0).toNumber();
            if (object.name != null)
                if (typeof object.name !== "string" || object.name.length)
                    message.name = $String(object.name);
            if (object.database != null)
                if (typeof object.database !== "string" || object.database.length)
                    message.database = $String(object.database);
            if (object.retentionPolicy != null)
                if (typeof object.retentionPolicy !== "string" || object.retentionPolicy.length)
                    message.retentionPolicy = $String(object.retentionPolicy);
            if (object.group != null)
                if (typeof object.group !== "string" || object.group.length)
                    message.group = $String(object.group);
            if (object.dimensions) {
                if (!$Array.isArray(object.dimensions))
                    throw $TypeError(".agent.Point.dimensions: array expected");
                message.dimensions = $Array(object.dimensions.length);
                for (let i = 0; i < object.dimensions.length; ++i)
                    message.dimensions[i] = $String(object.dimensions[i]);
            }
            if (object.tags) {
                if (!$util.isObject(object.tags))
                    throw $TypeError(".agent.Point.tags: object expected");
                message.tags = {};
                for (let keys = $Object.keys(object.tags), i = 0; i < keys.length; ++i) {
                    if (keys[i] === "__proto__")
                        $util.makeProp(message.tags, keys[i]);
                    message.tags[keys[i]] = $String(object.tags[keys[i]]);
                }
            }
            if (object.fieldsDouble) {
                if (!$util.isObject(object.fieldsDouble))
                    throw $TypeError(".agent.Point.fieldsDouble: object expected");
                message.fieldsDouble = {};
                for (let keys = $Object.keys(object.fieldsDouble), i = 0; i < keys.length; ++i) {
                    if (keys[i] === "__proto__")
                        $util.makeProp(message.fieldsDouble, keys[i]);
                    message.fieldsDouble[keys[i]] = $Number(object.fieldsDouble[keys[i]]);
                }
            }
            if (object.fieldsInt) {
                if (!$util.isObject(object.fieldsInt))
                    throw $TypeError(".agent.Point.fieldsInt: object expected");
                message.fieldsInt = {};
                for (let keys = $Object.keys(object.fieldsInt), i = 0; i < keys.length; ++i) {
                    if (keys[i] === "__proto__")
                        $util.makeProp(message.fieldsInt, keys[i]);
                    if ($util.Long)
                        message.fieldsInt[keys[i]] = $util.Long.fromValue(object.fieldsInt[keys[i]], false);
                    else if (typeof object.fieldsInt[keys[i]] === "string")
                        message.fieldsInt[keys[i]] = $parseInt(object.fieldsInt[keys[i]], 10);
                    else if (typeof object.fieldsInt[keys[i]] === "number")
                        message.fieldsInt[keys[i]] = object.fieldsInt[keys[i]];
                    else if (typeof object.fieldsInt[keys[i]] === "object")
                        message.fieldsInt[keys[i]] = new $util.LongBits(object.fieldsInt[keys[i]].low >>> 0, object.fieldsInt[keys[i]].high >>> 0).toNumber();
                }
            }
            if (object.fieldsString) {
                if (!$util.isObject(object.fieldsString))
                    throw $TypeError(".agent.Point.fieldsString: object expected");
                message.fieldsString = {};
                for (let keys = $Object.keys(object.fieldsString), i = 0; i < keys.length; ++i) {
                    if (keys[i] === "__proto__")
                        $util.makeProp(message.fieldsString, keys[i]);
                    message.fieldsString[keys[i]] = $String(object.fieldsString[keys[i]]);
                }
            }
            if (object.byName != null)
                if (object.byName)
                    message.byName = $Boolean(object.byName);
            if (object.fieldsBool) {
                if (!$util.isObject(object.fieldsBool))
                    throw $TypeError(".agent.Point.fieldsBool: object expected");
                message.fieldsBool = {};
                for (let keys = $Object.keys(object.fieldsBool), i = 0; i < keys.length; ++i) {
                    if (keys[i] === "__proto__")
                        $util.makeProp(message.fieldsBool, keys[i]);
                    message.fieldsBool[keys[i]] = $Boolean(object.fieldsBool[keys[i]]);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from a Point message. Also converts values to other types if specified.
         * @function toObject
         * @memberof agent.Point
         * @static
         * @param {agent.Point} message Point
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Point.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.dimensions = [];
            if (options.objects || options.defaults) {
                object.tags = {};
                object.fieldsDouble = {};
                object.fieldsInt = {};
                object.fieldsString = {};
                object.fieldsBool = {};
            }
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.time = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.time = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.name = "";
                object.database = "";
                object.retentionPolicy = "";
                object.group = "";
                object.byName = false;
            }
            if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.time = typeof message.time === "number" ? $BigInt(message.time) : $util.Long.fromBits(message.time.low >>> 0, message.time.high >>> 0, false).toBigInt();
                else if (typeof message.time === "number")
                    object.time = options.longs === $String ? $String(message.time) : message.time;
                else
                    object.time = options.longs === $String ? $util.Long.prototype.toString.call(message.time) : options.longs === $Number ? new $util.LongBits(message.time.low >>> 0, message.time.high >>> 0).toNumber() : message.time;
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.database != null && $Object.hasOwnProperty.call(message, "database"))
                object.database = message.database;
            if (message.retentionPolicy != null && $Object.hasOwnProperty.call(message, "retentionPolicy"))
                object.retentionPolicy = message.retentionPolicy;
            if (message.group != null && $Object.hasOwnProperty.call(message, "group"))
                object.group = message.group;
            if (message.dimensions && message.dimensions.length) {
                object.dimensions = $Array(message.dimensions.length);
                for (let j = 0; j < message.dimensions.length; ++j)
                    object.dimensions[j] = message.dimensions[j];
            }
            let keys2;
            if (message.tags && (keys2 = $Object.keys(message.tags)).length) {
                object.tags = {};
                for (let j = 0; j < keys2.length; ++j) {
                    if (keys2[j] === "__proto__")
                        $util.makeProp(object.tags, keys2[j]);
                    object.tags[keys2[j]] = message.tags[keys2[j]];
                }
            }
            if (message.fieldsDouble && (keys2 = $Object.keys(message.fieldsDouble)).length) {
                object.fieldsDouble = {};
                for (let j = 0; j < keys2.length; ++j) {
                    if (keys2[j] === "__proto__")
                        $util.makeProp(object.fieldsDouble, keys2[j]);
                    object.fieldsDouble[keys2[j]] = options.json && !$isFinite(message.fieldsDouble[keys2[j]]) ? $String(message.fieldsDouble[keys2[j]]) : message.fieldsDouble[keys2[j]];
                }
            }
            if (message.fieldsInt && (keys2 = $Object.keys(message.fieldsInt)).length) {
                object.fieldsInt = {};
                for (let j = 0; j < keys2.length; ++j) {
                    if (keys2[j] === "__proto__")
                        $util.makeProp(object.fieldsInt, keys2[j]);
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.fieldsInt[keys2[j]] = typeof message.fieldsInt[keys2[j]] === "number" ? $BigInt(message.fieldsInt[keys2[j]]) : $util.Long.fromBits(message.fieldsInt[keys2[j]].low >>> 0, message.fieldsInt[keys2[j]].high >>> 0, false).toBigInt();
                    else if (typeof message.fieldsInt[keys2[j]] === "number")
                        object.fieldsInt[keys2[j]] = options.longs === $String ? $String(message.fieldsInt[keys2[j]]) : message.fieldsInt[keys2[j]];
                    else
                        object.fieldsInt[keys2[j]] = options.longs === $String ? $util.Long.prototype.toString.call(message.fieldsInt[keys2[j]]) : options.longs === $Number ? new $util.LongBits(message.fieldsInt[keys2[j]].low >>> 0, message.fieldsInt[keys2[j]].high >>> 0).toNumber() : message.fieldsInt[keys2[j]];
                }
            }
            if (message.fieldsString && (keys2 = $Object.keys(message.fieldsString)).length) {
                object.fieldsString = {};
                for (let j = 0; j < keys2.length; ++j) {
                    if (keys2[j] === "__proto__")
                        $util.makeProp(object.fieldsString, keys2[j]);
                    object.fieldsString[keys2[j]] = message.fieldsString[keys2[j]];
                }
            }
            if (message.byName != null && $Object.hasOwnProperty.call(message, "byName"))
                object.byName = message.byName;
            if (message.fieldsBool && (keys2 = $Object.keys(message.fieldsBool)).length) {
                object.fieldsBool = {};
                for (let j = 0; j < keys2.length; ++j) {
                    if (keys2[j] === "__proto__")
                        $util.makeProp(object.fieldsBool, keys2[j]);
                    object.fieldsBool[keys2[j]] = message.fieldsBool[keys2[j]];
                }
            }
            return object;
        };

        /**
         * Converts this Point to JSON.
         * @function toJSON
         * @memberof agent.Point
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Point.prototype.toJSON = function() {
            return Point.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Point
         * @function getTypeUrl
         * @memberof agent.Point
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Point.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/agent.Point";
        };

        return Point;
    })();

    agent.EndBatch = (function() {

        /**
         * Properties of an EndBatch.
         * @typedef {Object} agent.EndBatch.$Properties
         * @property {string|null} [name] EndBatch name
         * @property {string|null} [group] EndBatch group
         * @property {Long|null} [tmax] EndBatch tmax
         * @property {Object.<string,string>|null} [tags] EndBatch tags
         * @property {boolean|null} [byName] EndBatch byName
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an EndBatch.
         * @memberof agent
         * @interface IEndBatch
         * @augments agent.EndBatch.$Properties
         * @deprecated Use agent.EndBatch.$Properties instead.
         */

        /**
         * Shape of an EndBatch.
         * @typedef {agent.EndBatch.$Properties} agent.EndBatch.$Shape
         */

        /**
         * Constructs a new EndBatch.
         * @memberof agent
         * @classdesc Represents an EndBatch.
         * @constructor
         * @param {agent.EndBatch.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const EndBatch = function (properties) {
            this.tags = {};
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * EndBatch name.
         * @member {string} name
         * @memberof agent.EndBatch
         * @instance
         */
        EndBatch.prototype.name = "";

        /**
         * EndBatch group.
         * @member {string} group
         * @memberof agent.EndBatch
         * @instance
         */
        EndBatch.prototype.group = "";

        /**
         * EndBatch tmax.
         * @member {Long} tmax
         * @memberof agent.EndBatch
         * @instance
         */
        EndBatch.prototype.tmax = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * EndBatch tags.
         * @member {Object.<string,string>} tags
         * @memberof agent.EndBatch
         * @instance
         */
        EndBatch.prototype.tags = $util.emptyObject;

        /**
         * EndBatch byName.
         * @member {boolean} byName
         * @memberof agent.EndBatch
         * @instance
         */
        EndBatch.prototype.byName = false;

        /**
         * Creates a new EndBatch instance using the specified properties.
         * @function create
         * @memberof agent.EndBatch
         * @static
         * @param {agent.EndBatch.$Properties=} [properties] Properties to set
         * @returns {agent.EndBatch} EndBatch instance
         * @type {{
         *   (properties: agent.EndBatch.$Shape): agent.EndBatch & agent.EndBatch.$Shape;
         *   (properties?: agent.EndBatch.$Properties): agent.EndBatch;
         * }}
         */
        EndBatch.create = function(properties) {
            return new EndBatch(properties);
        };

        /**
         * Encodes the specified EndBatch message. Does not implicitly {@link agent.EndBatch.verify|verify} messages.
         * @function encode
         * @memberof agent.EndBatch
         * @static
         * @param {agent.EndBatch.$Properties} message EndBatch message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        EndBatch.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.group != null && $Object.hasOwnProperty.call(message, "group") && message.group !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.group);
            if (message.tmax != null && $Object.hasOwnProperty.call(message, "tmax") && (typeof message.tmax === "object" ? message.tmax.low || message.tmax.high : message.tmax !== 0))
                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.tmax);
            if (message.tags != null && $Object.hasOwnProperty.call(message, "tags"))
                for (let keys = $Object.keys(message.tags), i = 0; i < keys.length; ++i)
                    writer.uint32(/* id 4, wireType 2 =*/34).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.tags[keys[i]]).ldelim();
            if (message.byName != null && $Object.hasOwnProperty.call(message, "byName") && message.byName !== false)
                writer.uint32(/* id 5, wireType 0 =*/40).bool(message.byName);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified EndBatch message, length delimited. Does not implicitly {@link agent.EndBatch.verify|verify} messages.
         * @function encodeDelimited
         * @memberof agent.EndBatch
         * @static
         * @param {agent.EndBatch.$Properties} message EndBatch message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        EndBatch.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an EndBatch message from the specified reader or buffer.
         * @function decode
         * @memberof agent.EndBatch
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {agent.EndBatch & agent.EndBatch.$Shape} EndBatch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        EndBatch.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, key, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.agent.EndBatch();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.group = value;
                        else
                            delete message.group;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.tmax = value;
                        else
                            delete message.tmax;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (message.tags === $util.emptyObject)
                            message.tags = {};
                        let end2 = reader.size() + reader.pos;
                        if (end2 > reader.len)
                            throw $RangeError("index out of range");
                        reader.len = end2;
                        key = "";
                        value = "";
                        while (reader.pos < end2) {
                            let tag2 = reader.tag();
                            wireType = tag2 & 7;
                            switch (tag2 >>>= 3) {
                            case 1:
                                if (wireType !== 2)
                                    break;
                                key = reader.stringVerify();
                                continue;
                            case 2:
                                if (wireType !== 2)
                                    break;
                                value = reader.stringVerify();
                                continue;
                            }
                            reader.skipType(wireType, _depth, tag2);
                        }
                        if (reader.pos !== end2)
                            throw $RangeError("index out of range");
                        reader.len = end;
                        if (key === "__proto__")
                            $util.makeProp(message.tags, key);
                        message.tags[key] = value;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.byName = value;
                        else
                            delete message.byName;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes an EndBatch message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof agent.EndBatch
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {agent.EndBatch & agent.EndBatch.$Shape} EndBatch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        EndBatch.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies an EndBatch message.
         * @function verify
         * @memberof agent.EndBatch
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        EndBatch.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                if (!$util.isString(message.name))
                    return "name: string expected";
            if (message.group != null && $Object.hasOwnProperty.call(message, "group"))
                if (!$util.isString(message.group))
                    return "group: string expected";
            if (message.tmax != null && $Object.hasOwnProperty.call(message, "tmax"))
                if (!$util.isInteger(message.tmax) && !(message.tmax && $util.isInteger(message.tmax.low) && $util.isInteger(message.tmax.high)))
                    return "tmax: integer|Long expected";
            if (message.tags != null && $Object.hasOwnProperty.call(message, "tags")) {
                if (!$util.isObject(message.tags))
                    return "tags: object expected";
                let key = $Object.keys(message.tags);
                for (let i = 0; i < key.length; ++i)
                    if (!$util.isString(message.tags[key[i]]))
                        return "tags: string{k:string} expected";
            }
            if (message.byName != null && $Object.hasOwnProperty.call(message, "byName"))
                if (typeof message.byName !== "boolean")
                    return "byName: boolean expected";
            return null;
        };

        /**
         * Creates an EndBatch message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof agent.EndBatch
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {agent.EndBatch} EndBatch
         */
        EndBatch.fromObject = function (object, _depth) {
            if (object instanceof $root.agent.EndBatch)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".agent.EndBatch: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.agent.EndBatch();
            if (object.name != null)
                if (typeof object.name !== "string" || object.name.length)
                    message.name = $String(object.name);
            if (object.group != null)
                if (typeof object.group !== "string" || object.group.length)
                    message.group = $String(object.group);
            if (object.tmax != null)
                if (typeof object.tmax === "object" ? object.tmax.low || object.tmax.high : $Number(object.tmax) !== 0)
                    if ($util.Long)
                        message.tmax = $util.Long.fromValue(object.tmax, false);
                    else if (typeof object.tmax === "string")
                        message.tmax = $parseInt(object.tmax, 10);
                    else if (typeof object.tmax === "number")
                        message.tmax = object.tmax;
                    else if (typeof object.tmax === "object")
                        message.tmax = new $util.LongBits(object.tmax.low >>> 0, object.tmax.high >>> 0).toNumber();
            if (object.tags) {
                if (!$util.isObject(object.tags))
                    throw $TypeError(".agent.EndBatch.tags: object expected");
                message.tags = {};
                for (let keys = $Object.keys(object.tags), i = 0; i < keys.length; ++i) {
                    if (keys[i] === "__proto__")
                        $util.makeProp(message.tags, keys[i]);
                    message.tags[keys[i]] = $String(object.tags[keys[i]]);
                }
            }
            if (object.byName != null)
                if (object.byName)
                    message.byName = $Boolean(object.byName);
            return message;
        };

        /**
         * Creates a plain object from an EndBatch message. Also converts values to other types if specified.
         * @function toObject
         * @memberof agent.EndBatch
         * @static
         * @param {agent.EndBatch} message EndBatch
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        EndBatch.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.objects || options.defaults)
                object.tags = {};
            if (options.defaults) {
                object.name = "";
                object.group = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.tmax = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.tmax = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.byName = false;
            }
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.group != null && $Object.hasOwnProperty.call(message, "group"))
                object.group = message.group;
            if (message.tmax != null && $Object.hasOwnProperty.call(message, "tmax"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.tmax = typeof message.tmax === "number" ? $BigInt(message.tmax) : $util.Long.fromBits(message.tmax.low >>> 0, message.tmax.high >>> 0, false).toBigInt();
                else if (typeof message.tmax === "number")
                    object.tmax = options.longs === $String ? $String(message.tmax) : message.tmax;
                else
                    object.tmax = options.longs === $String ? $util.Long.prototype.toString.call(message.tmax) : options.longs === $Number ? new $util.LongBits(message.tmax.low >>> 0, message.tmax.high >>> 0).toNumber() : message.tmax;
            let keys2;
            if (message.tags && (keys2 = $Object.keys(message.tags)).length) {
                object.tags = {};
                for (let j = 0; j < keys2.length; ++j) {
                    if (keys2[j] === "__proto__")
                        $util.makeProp(object.tags, keys2[j]);
                    object.tags[keys2[j]] = message.tags[keys2[j]];
                }
            }
            if (message.byName != null && $Object.hasOwnProperty.call(message, "byName"))
                object.byName = message.byName;
            return object;
        };

        /**
         * Converts this EndBatch to JSON.
         * @function toJSON
         * @memberof agent.EndBatch
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        EndBatch.prototype.toJSON = function() {
            return EndBatch.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for EndBatch
         * @function getTypeUrl
         * @memberof agent.EndBatch
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        EndBatch.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/agent.EndBatch";
        };

        return EndBatch;
    })();

    agent.Request = (function() {

        /**
         * Properties of a Request.
         * @typedef {Object} agent.Request.$Properties
         * @property {agent.InfoRequest.$Properties|null} [info] Request info
         * @property {agent.InitRequest.$Properties|null} [init] Request init
         * @property {agent.KeepaliveRequest.$Properties|null} [keepalive] Request keepalive
         * @property {agent.SnapshotRequest.$Properties|null} [snapshot] Request snapshot
         * @property {agent.RestoreRequest.$Properties|null} [restore] Request restore
         * @property {agent.BeginBatch.$Properties|null} [begin] Request begin
         * @property {agent.Point.$Properties|null} [point] Request point
         * @property {agent.EndBatch.$Properties|null} [end] Request end
         * @property {"info"|"init"|"keepalive"|"snapshot"|"restore"|"begin"|"point"|"end"} [message] Request message
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Request.
         * @memberof agent
         * @interface IRequest
         * @augments agent.Request.$Properties
         * @deprecated Use agent.Request.$Properties instead.
         */

        /**
         * Narrowed shape of a Request.
         * @typedef {{
         *   info?: agent.InfoRequest.$Shape|null;
         *   init?: agent.InitRequest.$Shape|null;
         *   keepalive?: agent.KeepaliveRequest.$Shape|null;
         *   snapshot?: agent.SnapshotRequest.$Shape|null;
         *   restore?: agent.RestoreRequest.$Shape|null;
         *   begin?: agent.BeginBatch.$Shape|null;
         *   point?: agent.Point.$Shape|null;
         *   end?: agent.EndBatch.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ message?: undefined; info?: null; init?: null; keepalive?: null; snapshot?: null; restore?: null; begin?: null; point?: null; end?: null }|{ message?: "info"; info: agent.InfoRequest.$Shape; init?: null; keepalive?: null; snapshot?: null; restore?: null; begin?: null; point?: null; end?: null }|{ message?: "init"; info?: null; init: agent.InitRequest.$Shape; keepalive?: null; snapshot?: null; restore?: null; begin?: null; point?: null; end?: null }|{ message?: "keepalive"; info?: null; init?: null; keepalive: agent.KeepaliveRequest.$Shape; snapshot?: null; restore?: null; begin?: null; point?: null; end?: null }|{ message?: "snapshot"; info?: null; init?: null; keepalive?: null; snapshot: agent.SnapshotRequest.$Shape; restore?: null; begin?: null; point?: null; end?: null }|{ message?: "restore"; info?: null; init?: null; keepalive?: null; snapshot?: null; restore: agent.RestoreRequest.$Shape; begin?: null; point?: null; end?: null }|{ message?: "begin"; info?: null; init?: null; keepalive?: null; snapshot?: null; restore?: null; begin: agent.BeginBatch.$Shape; point?: null; end?: null }|{ message?: "point"; info?: null; init?: null; keepalive?: null; snapshot?: null; restore?: null; begin?: null; point: agent.Point.$Shape; end?: null }|{ message?: "end"; info?: null; init?: null; keepalive?: null; snapshot?: null; restore?: null; begin?: null; point?: null; end: agent.EndBatch.$Shape })
         * )} agent.Request.$Shape
         */

        /**
         * Constructs a new Request.
         * @memberof agent
         * @classdesc Represents a Request.
         * @constructor
         * @param {agent.Request.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Request = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Request info.
         * @member {agent.InfoRequest.$Properties|null|undefined} info
         * @memberof agent.Request
         * @instance
         */
        Request.prototype.info = null;

        /**
         * Request init.
         * @member {agent.InitRequest.$Properties|null|undefined} init
         * @memberof agent.Request
         * @instance
         */
        Request.prototype.init = null;

        /**
         * Request keepalive.
         * @member {agent.KeepaliveRequest.$Properties|null|undefined} keepalive
         * @memberof agent.Request
         * @instance
         */
        Request.prototype.keepalive = null;

        /**
         * Request snapshot.
         * @member {agent.SnapshotRequest.$Properties|null|undefined} snapshot
         * @memberof agent.Request
         * @instance
         */
        Request.prototype.snapshot = null;

        /**
         * Request restore.
         * @member {agent.RestoreRequest.$Properties|null|undefined} restore
         * @memberof agent.Request
         * @instance
         */
        Request.prototype.restore = null;

        /**
         * Request begin.
         * @member {agent.BeginBatch.$Properties|null|undefined} begin
         * @memberof agent.Request
         * @instance
         */
        Request.prototype.begin = null;

        /**
         * Request point.
         * @member {agent.Point.$Properties|null|undefined} point
         * @memberof agent.Request
         * @instance
         */
        Request.prototype.point = null;

        /**
         * Request end.
         * @member {agent.EndBatch.$Properties|null|undefined} end
         * @memberof agent.Request
         * @instance
         */
        Request.prototype.end = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * Request message.
         * @member {"info"|"init"|"keepalive"|"snapshot"|"restore"|"begin"|"point"|"end"|undefined} message
         * @memberof agent.Request
         * @instance
         */
        $Object.defineProperty(Request.prototype, "message", {
            get: $util.oneOfGetter($oneOfFields = ["info", "init", "keepalive", "snapshot", "restore", "begin", "point", "end"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new Request instance using the specified properties.
         * @function create
         * @memberof agent.Request
         * @static
         * @param {agent.Request.$Properties=} [properties] Properties to set
         * @returns {agent.Request} Request instance
         * @type {{
         *   (properties: agent.Request.$Shape): agent.Request & agent.Request.$Shape;
         *   (properties?: agent.Request.$Properties): agent.Request;
         * }}
         */
        Request.create = function(properties) {
            return new Request(properties);
        };

        /**
         * Encodes the specified Request message. Does not implicitly {@link agent.Request.verify|verify} messages.
         * @function encode
         * @memberof agent.Request
         * @static
         * @param {agent.Request.$Properties} message Request message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Request.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                $root.agent.InfoRequest.encode(message.info, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.init != null && $Object.hasOwnProperty.call(message, "init"))
                $root.agent.InitRequest.encode(message.init, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.keepalive != null && $Object.hasOwnProperty.call(message, "keepalive"))
                $root.agent.KeepaliveRequest.encode(message.keepalive, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot"))
                $root.agent.SnapshotRequest.encode(message.snapshot, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.restore != null && $Object.hasOwnProperty.call(message, "restore"))
                $root.agent.RestoreRequest.encode(message.restore, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.begin != null && $Object.hasOwnProperty.call(message, "begin"))
                $root.agent.BeginBatch.encode(message.begin, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
            if (message.point != null && $Object.hasOwnProperty.call(message, "point"))
                $root.agent.Point.encode(message.point, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
            if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                $root.agent.EndBatch.encode(message.end, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Request message, length delimited. Does not implicitly {@link agent.Request.verify|verify} messages.
         * @function encodeDelimited
         * @memberof agent.Request
         * @static
         * @param {agent.Request.$Properties} message Request message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Request.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Request message from the specified reader or buffer.
         * @function decode
         * @memberof agent.Request
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {agent.Request & agent.Request.$Shape} Request
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Request.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.agent.Request();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.info = $root.agent.InfoRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.info);
                        message.message = "info";
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.init = $root.agent.InitRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.init);
                        message.message = "init";
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.keepalive = $root.agent.KeepaliveRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.keepalive);
                        message.message = "keepalive";
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.snapshot = $root.agent.SnapshotRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.snapshot);
                        message.message = "snapshot";
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.restore = $root.agent.RestoreRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.restore);
                        message.message = "restore";
                        continue;
                    }
                case 16: {
                        if (wireType !== 2)
                            break;
                        message.begin = $root.agent.BeginBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.begin);
                        message.message = "begin";
                        continue;
                    }
                case 17: {
                        if (wireType !== 2)
                            break;
                        message.point = $root.agent.Point.decode(reader, reader.size(), $undefined, _depth + 1, message.point);
                        message.message = "point";
                        continue;
                    }
                case 18: {
                        if (wireType !== 2)
                            break;
                        message.end = $root.agent.EndBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.end);
                        message.message = "end";
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a Request message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof agent.Request
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {agent.Request & agent.Request.$Shape} Request
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Request.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a Request message.
         * @function verify
         * @memberof agent.Request
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Request.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            let properties = {};
            if (message.info != null && $Object.hasOwnProperty.call(message, "info")) {
                properties.message = 1;
                {
                    let error = $root.agent.InfoRequest.verify(message.info, _depth + 1);
                    if (error)
                        return "info." + error;
                }
            }
            if (message.init != null && $Object.hasOwnProperty.call(message, "init")) {
                if (properties.message === 1)
                    return "message: multiple values";
                properties.message = 1;
                {
                    let error = $root.agent.InitRequest.verify(message.init, _depth + 1);
                    if (error)
                        return "init." + error;
                }
            }
            if (message.keepalive != null && $Object.hasOwnProperty.call(message, "keepalive")) {
                if (properties.message === 1)
                    return "message: multiple values";
                properties.message = 1;
                {
                    let error = $root.agent.KeepaliveRequest.verify(message.keepalive, _depth + 1);
                    if (error)
                        return "keepalive." + error;
                }
            }
            if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot")) {
                if (properties.message === 1)
                    return "message: multiple values";
                properties.message = 1;
                {
                    let error = $root.agent.SnapshotRequest.verify(message.snapshot, _depth + 1);
                    if (error)
                        return "snapshot." + error;
                }
            }
            if (message.restore != null && $Object.hasOwnProperty.call(message, "restore")) {
                if (properties.message === 1)
                    return "message: multiple values";
                properties.message = 1;
                {
                    let error = $root.agent.RestoreRequest.verify(message.restore, _depth + 1);
                    if (error)
                        return "restore." + error;
                }
            }
            if (message.begin != null && $Object.hasOwnProperty.call(message, "begin")) {
                if (properties.message === 1)
                    return "message: multiple values";
                properties.message = 1;
                {
                    let error = $root.agent.BeginBatch.verify(message.begin, _depth + 1);
                    if (error)
                        return "begin." + error;
                }
            }
            if (message.point != null && $Object.hasOwnProperty.call(message, "point")) {
                if (properties.message === 1)
                    return "message: multiple values";
                properties.message = 1;
                {
                    let error = $root.agent.Point.verify(message.point, _depth + 1);
                    if (error)
                        return "point." + error;
                }
            }
            if (message.end != null && $Object.hasOwnProperty.call(message, "end")) {
                if (properties.message === 1)
                    return "message: multiple values";
                properties.message = 1;
                {
                    let error = $root.agent.EndBatch.verify(message.end, _depth + 1);
                    if (error)
                        return "end." + error;
                }
            }
            return null;
        };

        /**
         * Creates a Request message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof agent.Request
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {agent.Request} Request
         */
        Request.fromObject = function (object, _depth) {
            if (object instanceof $root.agent.Request)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".agent.Request: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.agent.Request();
            if (object.info != null) {
                if (!$util.isObject(object.info))
                    throw $TypeError(".agent.Request.info: object expected");
                message.info = $root.agent.InfoRequest.fromObject(object.info, _depth + 1);
            }
            if (object.init != null) {
                if (!$util.isObject(object.init))
                    throw $TypeError(".agent.Request.init: object expected");
                message.init = $root.agent.InitRequest.fromObject(object.init, _depth + 1);
            }
            if (object.keepalive != null) {
                if (!$util.isObject(object.keepalive))
                    throw $TypeError(".agent.Request.keepalive: object expected");
                message.keepalive = $root.agent.KeepaliveRequest.fromObject(object.keepalive, _depth + 1);
            }
            if (object.snapshot != null) {
                if (!$util.isObject(object.snapshot))
                    throw $TypeError(".agent.Request.snapshot: object expected");
                message.snapshot = $root.agent.SnapshotRequest.fromObject(object.snapshot, _depth + 1);
            }
            if (object.restore != null) {
                if (!$util.isObject(object.restore))
                    throw $TypeError(".agent.Request.restore: object expected");
                message.restore = $root.agent.RestoreRequest.fromObject(object.restore, _depth + 1);
            }
            if (object.begin != null) {
                if (!$util.isObject(object.begin))
                    throw $TypeError(".agent.Request.begin: object expected");
                message.begin = $root.agent.BeginBatch.fromObject(object.begin, _depth + 1);
            }
            if (object.point != null) {
                if (!$util.isObject(object.point))
                    throw $TypeError(".agent.Request.point: object expected");
                message.point = $root.agent.Point.fromObject(object.point, _depth + 1);
            }
            if (object.end != null) {
                if (!$util.isObject(object.end))
                    throw $TypeError(".agent.Request.end: object expected");
                message.end = $root.agent.EndBatch.fromObject(object.end, _depth + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a Request message. Also converts values to other types if specified.
         * @function toObject
         * @memberof agent.Request
         * @static
         * @param {agent.Request} message Request
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Request.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (message.info != null && $Object.hasOwnProperty.call(message, "info")) {
                object.info = $root.agent.InfoRequest.toObject(message.info, options, _depth + 1);
                if (options.oneofs)
                    object.message = "info";
            }
            if (message.init != null && $Object.hasOwnProperty.call(message, "init")) {
                object.init = $root.agent.InitRequest.toObject(message.init, options, _depth + 1);
                if (options.oneofs)
                    object.message = "init";
            }
            if (message.keepalive != null && $Object.hasOwnProperty.call(message, "keepalive")) {
                object.keepalive = $root.agent.KeepaliveRequest.toObject(message.keepalive, options, _depth + 1);
                if (options.oneofs)
                    object.message = "keepalive";
            }
            if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot")) {
                object.snapshot = $root.agent.SnapshotRequest.toObject(message.snapshot, options, _depth + 1);
                if (options.oneofs)
                    object.message = "snapshot";
            }
            if (message.restore != null && $Object.hasOwnProperty.call(message, "restore")) {
                object.restore = $root.agent.RestoreRequest.toObject(message.restore, options, _depth + 1);
                if (options.oneofs)
                    object.message = "restore";
            }
            if (message.begin != null && $Object.hasOwnProperty.call(message, "begin")) {
                object.begin = $root.agent.BeginBatch.toObject(message.begin, options, _depth + 1);
                if (options.oneofs)
                    object.message = "begin";
            }
            if (message.point != null && $Object.hasOwnProperty.call(message, "point")) {
                object.point = $root.agent.Point.toObject(message.point, options, _depth + 1);
                if (options.oneofs)
                    object.message = "point";
            }
            if (message.end != null && $Object.hasOwnProperty.call(message, "end")) {
                object.end = $root.agent.EndBatch.toObject(message.end, options, _depth + 1);
                if (options.oneofs)
                    object.message = "end";
            }
            return object;
        };

        /**
         * Converts this Request to JSON.
         * @function toJSON
         * @memberof agent.Request
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Request.prototype.toJSON = function() {
            return Request.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Request
         * @function getTypeUrl
         * @memberof agent.Request
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Request.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/agent.Request";
        };

        return Request;
    })();

    agent.Response = (function() {

        /**
         * Properties of a Response.
         * @typedef {Object} agent.Response.$Properties
         * @property {agent.InfoResponse.$Properties|null} [info] Response info
         * @property {agent.InitResponse.$Properties|null} [init] Response init
         * @property {agent.KeepaliveResponse.$Properties|null} [keepalive] Response keepalive
         * @property {agent.SnapshotResponse.$Properties|null} [snapshot] Response snapshot
         * @property {agent.RestoreResponse.$Properties|null} [restore] Response restore
         * @property {agent.ErrorResponse.$Properties|null} [error] Response error
         * @property {agent.BeginBatch.$Properties|null} [begin] Response begin
         * @property {agent.Point.$Properties|null} [point] Response point
         * @property {agent.EndBatch.$Properties|null} [end] Response end
         * @property {"info"|"init"|"keepalive"|"snapshot"|"restore"|"error"|"begin"|"point"|"end"} [message] Response message
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Response.
         * @memberof agent
         * @interface IResponse
         * @augments agent.Response.$Properties
         * @deprecated Use agent.Response.$Properties instead.
         */

        /**
         * Narrowed shape of a Response.
         * @typedef {{
         *   info?: agent.InfoResponse.$Shape|null;
         *   init?: agent.InitResponse.$Shape|null;
         *   keepalive?: agent.KeepaliveResponse.$Shape|null;
         *   snapshot?: agent.SnapshotResponse.$Shape|null;
         *   restore?: agent.RestoreResponse.$Shape|null;
         *   error?: agent.ErrorResponse.$Shape|null;
         *   begin?: agent.BeginBatch.$Shape|null;
         *   point?: agent.Point.$Shape|null;
         *   end?: agent.EndBatch.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ message?: undefined; info?: null; init?: null; keepalive?: null; snapshot?: null; restore?: null; error?: null; begin?: null; point?: null; end?: null }|{ message?: "info"; info: agent.InfoResponse.$Shape; init?: null; keepalive?: null; snapshot?: null; restore?: null; error?: null; begin?: null; point?: null; end?: null }|{ message?: "init"; info?: null; init: agent.InitResponse.$Shape; keepalive?: null; snapshot?: null; restore?: null; error?: null; begin?: null; point?: null; end?: null }|{ message?: "keepalive"; info?: null; init?: null; keepalive: agent.KeepaliveResponse.$Shape; snapshot?: null; restore?: null; error?: null; begin?: null; point?: null; end?: null }|{ message?: "snapshot"; info?: null; init?: null; keepalive?: null; snapshot: agent.SnapshotResponse.$Shape; restore?: null; error?: null; begin?: null; point?: null; end?: null }|{ message?: "restore"; info?: null; init?: null; keepalive?: null; snapshot?: null; restore: agent.RestoreResponse.$Shape; error?: null; begin?: null; point?: null; end?: null }|{ message?: "error"; info?: null; init?: null; keepalive?: null; snapshot?: null; restore?: null; error: agent.ErrorResponse.$Shape; begin?: null; point?: null; end?: null }|{ message?: "begin"; info?: null; init?: null; keepalive?: null; snapshot?: null; restore?: null; error?: null; begin: agent.BeginBatch.$Shape; point?: null; end?: null }|{ message?: "point"; info?: null; init?: null; keepalive?: null; snapshot?: null; restore?: null; error?: null; begin?: null; point: agent.Point.$Shape; end?: null }|{ message?: "end"; info?: null; init?: null; keepalive?: null; snapshot?: null; restore?: null; error?: null; begin?: null; point?: null; end: agent.EndBatch.$Shape })
         * )} agent.Response.$Shape
         */

        /**
         * Constructs a new Response.
         * @memberof agent
         * @classdesc Represents a Response.
         * @constructor
         * @param {agent.Response.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Response = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Response info.
         * @member {agent.InfoResponse.$Properties|null|undefined} info
         * @memberof agent.Response
         * @instance
         */
        Response.prototype.info = null;

        /**
         * Response init.
         * @member {agent.InitResponse.$Properties|null|undefined} init
         * @memberof agent.Response
         * @instance
         */
        Response.prototype.init = null;

        /**
         * Response keepalive.
         * @member {agent.KeepaliveResponse.$Properties|null|undefined} keepalive
         * @memberof agent.Response
         * @instance
         */
        Response.prototype.keepalive = null;

        /**
         * Response snapshot.
         * @member {agent.SnapshotResponse.$Properties|null|undefined} snapshot
         * @memberof agent.Response
         * @instance
         */
        Response.prototype.snapshot = null;

        /**
         * Response restore.
         * @member {agent.RestoreResponse.$Properties|null|undefined} restore
         * @memberof agent.Response
         * @instance
         */
        Response.prototype.restore = null;

        /**
         * Response error.
         * @member {agent.ErrorResponse.$Properties|null|undefined} error
         * @memberof agent.Response
         * @instance
         */
        Response.prototype.error = null;

        /**
         * Response begin.
         * @member {agent.BeginBatch.$Properties|null|undefined} begin
         * @memberof agent.Response
         * @instance
         */
        Response.prototype.begin = null;

        /**
         * Response point.
         * @member {agent.Point.$Properties|null|undefined} point
         * @memberof agent.Response
         * @instance
         */
        Response.prototype.point = null;

        /**
         * Response end.
         * @member {agent.EndBatch.$Properties|null|undefined} end
         * @memberof agent.Response
         * @instance
         */
        Response.prototype.end = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * Response message.
         * @member {"info"|"init"|"keepalive"|"snapshot"|"restore"|"error"|"begin"|"point"|"end"|undefined} message
         * @memberof agent.Response
         * @instance
         */
        $Object.defineProperty(Response.prototype, "message", {
            get: $util.oneOfGetter($oneOfFields = ["info", "init", "keepalive", "snapshot", "restore", "error", "begin", "point", "end"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Creates a new Response instance using the specified properties.
         * @function create
         * @memberof agent.Response
         * @static
         * @param {agent.Response.$Properties=} [properties] Properties to set
         * @returns {agent.Response} Response instance
         * @type {{
         *   (properties: agent.Response.$Shape): agent.Response & agent.Response.$Shape;
         *   (properties?: agent.Response.$Properties): agent.Response;
         * }}
         */
        Response.create = function(properties) {
            return new Response(properties);
        };

        /**
         * Encodes the specified Response message. Does not implicitly {@link agent.Response.verify|verify} messages.
         * @function encode
         * @memberof agent.Response
         * @static
         * @param {agent.Response.$Properties} message Response message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Response.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                $root.agent.InfoResponse.encode(message.info, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.init != null && $Object.hasOwnProperty.call(message, "init"))
                $root.agent.InitResponse.encode(message.init, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.keepalive != null && $Object.hasOwnProperty.call(message, "keepalive"))
                $root.agent.KeepaliveResponse.encode(message.keepalive, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot"))
                $root.agent.SnapshotResponse.encode(message.snapshot, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.restore != null && $Object.hasOwnProperty.call(message, "restore"))
                $root.agent.RestoreResponse.encode(message.restore, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                $root.agent.ErrorResponse.encode(message.error, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
            if (message.begin != null && $Object.hasOwnProperty.call(message, "begin"))
                $root.agent.BeginBatch.encode(message.begin, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
            if (message.point != null && $Object.hasOwnProperty.call(message, "point"))
                $root.agent.Point.encode(message.point, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
            if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                $root.agent.EndBatch.encode(message.end, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Response message, length delimited. Does not implicitly {@link agent.Response.verify|verify} messages.
         * @function encodeDelimited
         * @memberof agent.Response
         * @static
         * @param {agent.Response.$Properties} message Response message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Response.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Response message from the specified reader or buffer.
         * @function decode
         * @memberof agent.Response
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {agent.Response & agent.Response.$Shape} Response
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Response.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.agent.Response();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.info = $root.agent.InfoResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.info);
                        message.message = "info";
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.init = $root.agent.InitResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.init);
                        message.message = "init";
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.keepalive = $root.agent.KeepaliveResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.keepalive);
                        message.message = "keepalive";
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.snapshot = $root.agent.SnapshotResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.snapshot);
                        message.message = "snapshot";
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.restore = $root.agent.RestoreResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.restore);
                        message.message = "restore";
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        message.error = $root.agent.ErrorResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                        message.message = "error";
                        continue;
                    }
                case 16: {
                        if (wireType !== 2)
                            break;
                        message.begin = $root.agent.BeginBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.begin);
                        message.message = "begin";
                        continue;
                    }
                case 17: {
                        if (wireType !== 2)
                            break;
                        message.point = $root.agent.Point.decode(reader, reader.size(), $undefined, _depth + 1, message.point);
                        message.message = "point";
                        continue;
                    }
                case 18: {
                        if (wireType !== 2)
                            break;
                        message.end = $root.agent.EndBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.end);
                        message.message = "end";
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a Response message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof agent.Response
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {agent.Response & agent.Response.$Shape} Response
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Response.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        /**
         * Verifies a Response message.
         * @function verify
         * @memberof agent.Response
         * @static
         * @param {Object.<string,*>} message Plain object to verify
         * @returns {string|null} `null` if valid, otherwise the reason why it is not
         */
        Response.verify = function (message, _depth) {
            if (typeof message !== "object" || message === null)
                return "object expected";
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                return "max depth exceeded";
            let properties = {};
            if (message.info != null && $Object.hasOwnProperty.call(message, "info")) {
                properties.message = 1;
                {
                    let error = $root.agent.InfoResponse.verify(message.info, _depth + 1);
                    if (error)
                        return "info." + error;
                }
            }
            if (message.init != null && $Object.hasOwnProperty.call(message, "init")) {
                if (properties.message === 1)
                    return "message: multiple values";
                properties.message = 1;
                {
                    let error = $root.agent.InitResponse.verify(message.init, _depth + 1);
                    if (error)
                        return "init." + error;
                }
            }
            if (message.keepalive != null && $Object.hasOwnProperty.call(message, "keepalive")) {
                if (properties.message === 1)
                    return "message: multiple values";
                properties.message = 1;
                {
                    let error = $root.agent.KeepaliveResponse.verify(message.keepalive, _depth + 1);
                    if (error)
                        return "keepalive." + error;
                }
            }
            if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot")) {
                if (properties.message === 1)
                    return "message: multiple values";
                properties.message = 1;
                {
                    let error = $root.agent.SnapshotResponse.verify(message.snapshot, _depth + 1);
                    if (error)
                        return "snapshot." + error;
                }
            }
            if (message.restore != null && $Object.hasOwnProperty.call(message, "restore")) {
                if (properties.message === 1)
                    return "message: multiple values";
                properties.message = 1;
                {
                    let error = $root.agent.RestoreResponse.verify(message.restore, _depth + 1);
                    if (error)
                        return "restore." + error;
                }
            }
            if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                if (properties.message === 1)
                    return "message: multiple values";
                properties.message = 1;
                {
                    let error = $root.agent.ErrorResponse.verify(message.error, _depth + 1);
                    if (error)
                        return "error." + error;
                }
            }
            if (message.begin != null && $Object.hasOwnProperty.call(message, "begin")) {
                if (properties.message === 1)
                    return "message: multiple values";
                properties.message = 1;
                {
                    let error = $root.agent.BeginBatch.verify(message.begin, _depth + 1);
                    if (error)
                        return "begin." + error;
                }
            }
            if (message.point != null && $Object.hasOwnProperty.call(message, "point")) {
                if (properties.message === 1)
                    return "message: multiple values";
                properties.message = 1;
                {
                    let error = $root.agent.Point.verify(message.point, _depth + 1);
                    if (error)
                        return "point." + error;
                }
            }
            if (message.end != null && $Object.hasOwnProperty.call(message, "end")) {
                if (properties.message === 1)
                    return "message: multiple values";
                properties.message = 1;
                {
                    let error = $root.agent.EndBatch.verify(message.end, _depth + 1);
                    if (error)
                        return "end." + error;
                }
            }
            return null;
        };

        /**
         * Creates a Response message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof agent.Response
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {agent.Response} Response
         */
        Response.fromObject = function (object, _depth) {
            if (object instanceof $root.agent.Response)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".agent.Response: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.agent.Response();
            if (object.info != null) {
                if (!$util.isObject(object.info))
                    throw $TypeError(".agent.Response.info: object expected");
                message.info = $root.agent.InfoResponse.fromObject(object.info, _depth + 1);
            }
            if (object.init != null) {
                if (!$util.isObject(object.init))
                    throw $TypeError(".agent.Response.init: object expected");
                message.init = $root.agent.InitResponse.fromObject(object.init, _depth + 1);
            }
            if (object.keepalive != null) {
                if (!$util.isObject(object.keepalive))
                    throw $TypeError(".agent.Response.keepalive: object expected");
                message.keepalive = $root.agent.KeepaliveResponse.fromObject(object.keepalive, _depth + 1);
            }
            if (object.snapshot != null) {
                if (!$util.isObject(object.snapshot))
                    throw $TypeError(".agent.Response.snapshot: object expected");
                message.snapshot = $root.agent.SnapshotResponse.fromObject(object.snapshot, _depth + 1);
            }
            if (object.restore != null) {
                if (!$util.isObject(object.restore))
                    throw $TypeError(".agent.Response.restore: object expected");
                message.restore = $root.agent.RestoreResponse.fromObject(object.restore, _depth + 1);
            }
            if (object.error != null) {
                if (!$util.isObject(object.error))
                    throw $TypeError(".agent.Response.error: object expected");
                message.error = $root.agent.ErrorResponse.fromObject(object.error, _depth + 1);
            }
            if (object.begin != null) {
                if (!$util.isObject(object.begin))
                    throw $TypeError(".agent.Response.begin: object expected");
                message.begin = $root.agent.BeginBatch.fromObject(object.begin, _depth + 1);
            }
            if (object.point != null) {
                if (!$util.isObject(object.point))
                    throw $TypeError(".agent.Response.point: object expected");
                message.point = $root.agent.Point.fromObject(object.point, _depth + 1);
            }
            if (object.end != null) {
                if (!$util.isObject(object.end))
                    throw $TypeError(".agent.Response.end: object expected");
                message.end = $root.agent.EndBatch.fromObject(object.end, _depth + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a Response message. Also converts values to other types if specified.
         * @function toObject
         * @memberof agent.Response
         * @static
         * @param {agent.Response} message Response
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Response.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (message.info != null && $Object.hasOwnProperty.call(message, "info")) {
                object.info = $root.agent.InfoResponse.toObject(message.info, options, _depth + 1);
                if (options.oneofs)
                    object.message = "info";
            }
            if (message.init != null && $Object.hasOwnProperty.call(message, "init")) {
                object.init = $root.agent.InitResponse.toObject(message.init, options, _depth + 1);
                if (options.oneofs)
                    object.message = "init";
            }
            if (message.keepalive != null && $Object.hasOwnProperty.call(message, "keepalive")) {
                object.keepalive = $root.agent.KeepaliveResponse.toObject(message.keepalive, options, _depth + 1);
                if (options.oneofs)
                    object.message = "keepalive";
            }
            if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot")) {
                object.snapshot = $root.agent.SnapshotResponse.toObject(message.snapshot, options, _depth + 1);
                if (options.oneofs)
                    object.message = "snapshot";
            }
            if (message.restore != null && $Object.hasOwnProperty.call(message, "restore")) {
                object.restore = $root.agent.RestoreResponse.toObject(message.restore, options, _depth + 1);
                if (options.oneofs)
                    object.message = "restore";
            }
            if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                object.error = $root.agent.ErrorResponse.toObject(message.error, options, _depth + 1);
                if (options.oneofs)
                    object.message = "error";
            }
            if (message.begin != null && $Object.hasOwnProperty.call(message, "begin")) {
                object.begin = $root.agent.BeginBatch.toObject(message.begin, options, _depth + 1);
                if (options.oneofs)
                    object.message = "begin";
            }
            if (message.point != null && $Object.hasOwnProperty.call(message, "point")) {
                object.point = $root.agent.Point.toObject(message.point, options, _depth + 1);
                if (options.oneofs)
                    object.message = "point";
            }
            if (message.end != null && $Object.hasOwnProperty.call(message, "end")) {
                object.end = $root.agent.EndBatch.toObject(message.end, options, _depth + 1);
                if (options.oneofs)
                    object.message = "end";
            }
            return object;
        };

        /**
         * Converts this Response to JSON.
         * @function toJSON
         * @memberof agent.Response
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Response.prototype.toJSON = function() {
            return Response.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Response
         * @function getTypeUrl
         * @memberof agent.Response
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Response.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/agent.Response";
        };

        return Response;
    })();

    return agent;
})();

export {
  $root as default
};
