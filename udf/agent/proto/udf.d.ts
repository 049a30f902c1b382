import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace agent. */
export namespace agent {

    /**
     * Properties of an InfoRequest.
     * @deprecated Use agent.InfoRequest.$Properties instead.
     */
    interface IInfoRequest extends agent.InfoRequest.$Properties {
    }

    /** Represents an InfoRequest. */
    class InfoRequest {

        /**
         * Constructs a new InfoRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: agent.InfoRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new InfoRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns InfoRequest instance
         */
        static create(properties: agent.InfoRequest.$Shape): agent.InfoRequest & agent.InfoRequest.$Shape;
        static create(properties?: agent.InfoRequest.$Properties): agent.InfoRequest;

        /**
         * Encodes the specified InfoRequest message. Does not implicitly {@link agent.InfoRequest.verify|verify} messages.
         * @param message InfoRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: agent.InfoRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified InfoRequest message, length delimited. Does not implicitly {@link agent.InfoRequest.verify|verify} messages.
         * @param message InfoRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: agent.InfoRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an InfoRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {agent.InfoRequest & agent.InfoRequest.$Shape} InfoRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): agent.InfoRequest & agent.InfoRequest.$Shape;

        /**
         * Decodes an InfoRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {agent.InfoRequest & agent.InfoRequest.$Shape} InfoRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): agent.InfoRequest & agent.InfoRequest.$Shape;

        /**
         * Verifies an InfoRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an InfoRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns InfoRequest
         */
        static fromObject(object: { [k: string]: any }): agent.InfoRequest;

        /**
         * Creates a plain object from an InfoRequest message. Also converts values to other types if specified.
         * @param message InfoRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: agent.InfoRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this InfoRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for InfoRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace InfoRequest {

        /** Properties of an InfoRequest. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an InfoRequest. */
        type $Shape = agent.InfoRequest.$Properties;
    }

    /** EdgeType enum. */
    enum EdgeType {

        /** STREAM value */
        STREAM = 0,

        /** BATCH value */
        BATCH = 1
    }

    /**
     * Properties of an InfoResponse.
     * @deprecated Use agent.InfoResponse.$Properties instead.
     */
    interface IInfoResponse extends agent.InfoResponse.$Properties {
    }

    /** Represents an InfoResponse. */
    class InfoResponse {

        /**
         * Constructs a new InfoResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: agent.InfoResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** InfoResponse wants. */
        wants: agent.EdgeType;

        /** InfoResponse provides. */
        provides: agent.EdgeType;

        /** InfoResponse options. */
        options: { [k: string]: agent.OptionInfo.$Properties };

        /**
         * Creates a new InfoResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns InfoResponse instance
         */
        static create(properties: agent.InfoResponse.$Shape): agent.InfoResponse & agent.InfoResponse.$Shape;
        static create(properties?: agent.InfoResponse.$Properties): agent.InfoResponse;

        /**
         * Encodes the specified InfoResponse message. Does not implicitly {@link agent.InfoResponse.verify|verify} messages.
         * @param message InfoResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: agent.InfoResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified InfoResponse message, length delimited. Does not implicitly {@link agent.InfoResponse.verify|verify} messages.
         * @param message InfoResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: agent.InfoResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an InfoResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {agent.InfoResponse & agent.InfoResponse.$Shape} InfoResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): agent.InfoResponse & agent.InfoResponse.$Shape;

        /**
         * Decodes an InfoResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {agent.InfoResponse & agent.InfoResponse.$Shape} InfoResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): agent.InfoResponse & agent.InfoResponse.$Shape;

        /**
         * Verifies an InfoResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an InfoResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns InfoResponse
         */
        static fromObject(object: { [k: string]: any }): agent.InfoResponse;

        /**
         * Creates a plain object from an InfoResponse message. Also converts values to other types if specified.
         * @param message InfoResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: agent.InfoResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this InfoResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for InfoResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace InfoResponse {

        /** Properties of an InfoResponse. */
        interface $Properties {

            /** InfoResponse wants */
            wants?: (agent.EdgeType|null);

            /** InfoResponse provides */
            provides?: (agent.EdgeType|null);

            /** InfoResponse options */
            options?: ({ [k: string]: agent.OptionInfo.$Properties }|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an InfoResponse. */
        type $Shape = agent.InfoResponse.$Properties;
    }

    /** ValueType enum. */
    enum ValueType {

        /** BOOL value */
        BOOL = 0,

        /** INT value */
        INT = 1,

        /** DOUBLE value */
        DOUBLE = 2,

        /** STRING value */
        STRING = 3,

        /** DURATION value */
        DURATION = 4
    }

    /**
     * Properties of an OptionInfo.
     * @deprecated Use agent.OptionInfo.$Properties instead.
     */
    interface IOptionInfo extends agent.OptionInfo.$Properties {
    }

    /** Represents an OptionInfo. */
    class OptionInfo {

        /**
         * Constructs a new OptionInfo.
         * @param [properties] Properties to set
         */
        constructor(properties?: agent.OptionInfo.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** OptionInfo valueTypes. */
        valueTypes: agent.ValueType[];

        /**
         * Creates a new OptionInfo instance using the specified properties.
         * @param [properties] Properties to set
         * @returns OptionInfo instance
         */
        static create(properties: agent.OptionInfo.$Shape): agent.OptionInfo & agent.OptionInfo.$Shape;
        static create(properties?: agent.OptionInfo.$Properties): agent.OptionInfo;

        /**
         * Encodes the specified OptionInfo message. Does not implicitly {@link agent.OptionInfo.verify|verify} messages.
         * @param message OptionInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: agent.OptionInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified OptionInfo message, length delimited. Does not implicitly {@link agent.OptionInfo.verify|verify} messages.
         * @param message OptionInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: agent.OptionInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an OptionInfo message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {agent.OptionInfo & agent.OptionInfo.$Shape} OptionInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): agent.OptionInfo & agent.OptionInfo.$Shape;

        /**
         * Decodes an OptionInfo message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {agent.OptionInfo & agent.OptionInfo.$Shape} OptionInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): agent.OptionInfo & agent.OptionInfo.$Shape;

        /**
         * Verifies an OptionInfo message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an OptionInfo message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns OptionInfo
         */
        static fromObject(object: { [k: string]: any }): agent.OptionInfo;

        /**
         * Creates a plain object from an OptionInfo message. Also converts values to other types if specified.
         * @param message OptionInfo
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: agent.OptionInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this OptionInfo to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for OptionInfo
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace OptionInfo {

        /** Properties of an OptionInfo. */
        interface $Properties {

            /** OptionInfo valueTypes */
            valueTypes?: (agent.ValueType[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an OptionInfo. */
        type $Shape = agent.OptionInfo.$Properties;
    }

    /**
     * Properties of an InitRequest.
     * @deprecated Use agent.InitRequest.$Properties instead.
     */
    interface IInitRequest extends agent.InitRequest.$Properties {
    }

    /** Represents an InitRequest. */
    class InitRequest {

        /**
         * Constructs a new InitRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: agent.InitRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** InitRequest options. */
        options: agent.Option.$Properties[];

        /** InitRequest taskID. */
        taskID: string;

        /** InitRequest nodeID. */
        nodeID: string;

        /**
         * Creates a new InitRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns InitRequest instance
         */
        static create(properties: agent.InitRequest.$Shape): agent.InitRequest & agent.InitRequest.$Shape;
        static create(properties?: agent.InitRequest.$Properties): agent.InitRequest;

        /**
         * Encodes the specified InitRequest message. Does not implicitly {@link agent.InitRequest.verify|verify} messages.
         * @param message InitRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: agent.InitRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified InitRequest message, length delimited. Does not implicitly {@link agent.InitRequest.verify|verify} messages.
         * @param message InitRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: agent.InitRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an InitRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {agent.InitRequest & agent.InitRequest.$Shape} InitRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): agent.InitRequest & agent.InitRequest.$Shape;

        /**
         * Decodes an InitRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {agent.InitRequest & agent.InitRequest.$Shape} InitRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): agent.InitRequest & agent.InitRequest.$Shape;

        /**
         * Verifies an InitRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an InitRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns InitRequest
         */
        static fromObject(object: { [k: string]: any }): agent.InitRequest;

        /**
         * Creates a plain object from an InitRequest message. Also converts values to other types if specified.
         * @param message InitRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: agent.InitRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this InitRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for InitRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace InitRequest {

        /** Properties of an InitRequest. */
        interface $Properties {

            /** InitRequest options */
            options?: (agent.Option.$Properties[]|null);

            /** InitRequest taskID */
            taskID?: (string|null);

            /** InitRequest nodeID */
            nodeID?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an InitRequest. */
        type $Shape = {
          options?: agent.Option.$Shape[]|null;
          taskID?: string|null;
          nodeID?: string|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of an Option.
     * @deprecated Use agent.Option.$Properties instead.
     */
    interface IOption extends agent.Option.$Properties {
    }

    /** Represents an Option. */
    class Option {

        /**
         * Constructs a new Option.
         * @param [properties] Properties to set
         */
        constructor(properties?: agent.Option.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Option name. */
        name: string;

        /** Option values. */
        values: agent.OptionValue.$Properties[];

        /**
         * Creates a new Option instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Option instance
         */
        static create(properties: agent.Option.$Shape): agent.Option & agent.Option.$Shape;
        static create(properties?: agent.Option.$Properties): agent.Option;

        /**
         * Encodes the specified Option message. Does not implicitly {@link agent.Option.verify|verify} messages.
         * @param message Option message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: agent.Option.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Option message, length delimited. Does not implicitly {@link agent.Option.verify|verify} messages.
         * @param message Option message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: agent.Option.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Option message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {agent.Option & agent.Option.$Shape} Option
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): agent.Option & agent.Option.$Shape;

        /**
         * Decodes an Option message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {agent.Option & agent.Option.$Shape} Option
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): agent.Option & agent.Option.$Shape;

        /**
         * Verifies an Option message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an Option message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Option
         */
        static fromObject(object: { [k: string]: any }): agent.Option;

        /**
         * Creates a plain object from an Option message. Also converts values to other types if specified.
         * @param message Option
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: agent.Option, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Option to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Option
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Option {

        /** Properties of an Option. */
        interface $Properties {

            /** Option name */
            name?: (string|null);

            /** Option values */
            values?: (agent.OptionValue.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Option. */
        type $Shape = {
          name?: string|null;
          values?: agent.OptionValue.$Shape[]|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of an OptionValue.
     * @deprecated Use agent.OptionValue.$Properties instead.
     */
    interface IOptionValue extends agent.OptionValue.$Properties {
    }

    /** Represents an OptionValue. */
    class OptionValue {

        /**
         * Constructs a new OptionValue.
         * @param [properties] Properties to set
         */
        constructor(properties?: agent.OptionValue.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** OptionValue type. */
        type: agent.ValueType;

        /** OptionValue boolValue. */
        boolValue?: (boolean|null);

        /** OptionValue intValue. */
        intValue?: (Long|null);

        /** OptionValue doubleValue. */
        doubleValue?: (number|null);

        /** OptionValue stringValue. */
        stringValue?: (string|null);

        /** OptionValue durationValue. */
        durationValue?: (Long|null);

        /** OptionValue value. */
        value?: ("boolValue"|"intValue"|"doubleValue"|"stringValue"|"durationValue");

        /**
         * Creates a new OptionValue instance using the specified properties.
         * @param [properties] Properties to set
         * @returns OptionValue instance
         */
        static create(properties: agent.OptionValue.$Shape): agent.OptionValue & agent.OptionValue.$Shape;
        static create(properties?: agent.OptionValue.$Properties): agent.OptionValue;

        /**
         * Encodes the specified OptionValue message. Does not implicitly {@link agent.OptionValue.verify|verify} messages.
         * @param message OptionValue message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: agent.OptionValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified OptionValue message, length delimited. Does not implicitly {@link agent.OptionValue.verify|verify} messages.
         * @param message OptionValue message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: agent.OptionValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an OptionValue message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {agent.OptionValue & agent.OptionValue.$Shape} OptionValue
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): agent.OptionValue & agent.OptionValue.$Shape;

        /**
         * Decodes an OptionValue message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {agent.OptionValue & agent.OptionValue.$Shape} OptionValue
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): agent.OptionValue & agent.OptionValue.$Shape;

        /**
         * Verifies an OptionValue message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an OptionValue message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns OptionValue
         */
        static fromObject(object: { [k: string]: any }): agent.OptionValue;

        /**
         * Creates a plain object from an OptionValue message. Also converts values to other types if specified.
         * @param message OptionValue
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: agent.OptionValue, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this OptionValue to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for OptionValue
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace OptionValue {

        /** Properties of an OptionValue. */
        interface $Properties {

            /** OptionValue type */
            type?: (agent.ValueType|null);

            /** OptionValue boolValue */
            boolValue?: (boolean|null);

            /** OptionValue intValue */
            intValue?: (Long|null);

            /** OptionValue doubleValue */
            doubleValue?: (number|null);

            /** OptionValue stringValue */
            stringValue?: (string|null);

            /** OptionValue durationValue */
            durationValue?: (Long|null);

            /** OptionValue value */
            value?: ("boolValue"|"intValue"|"doubleValue"|"stringValue"|"durationValue");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of an OptionValue. */
        type $Shape = {
          type?: agent.ValueType|null;
          boolValue?: boolean|null;
          intValue?: Long|null;
          doubleValue?: number|null;
          stringValue?: string|null;
          durationValue?: Long|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ value?: undefined; boolValue?: null; intValue?: null; doubleValue?: null; stringValue?: null; durationValue?: null }|{ value?: "boolValue"; boolValue: boolean; intValue?: null; doubleValue?: null; stringValue?: null; durationValue?: null }|{ value?: "intValue"; boolValue?: null; intValue: Long; doubleValue?: null; stringValue?: null; durationValue?: null }|{ value?: "doubleValue"; boolValue?: null; intValue?: null; doubleValue: number; stringValue?: null; durationValue?: null }|{ value?: "stringValue"; boolValue?: null; intValue?: null; doubleValue?: null; stringValue: string; durationValue?: null }|{ value?: "durationValue"; boolValue?: null; intValue?: null; doubleValue?: null; stringValue?: null; durationValue: Long })
        );
    }

    /**
     * Properties of an InitResponse.
     * @deprecated Use agent.InitResponse.$Properties instead.
     */
    interface IInitResponse extends agent.InitResponse.$Properties {
    }

    /** Represents an InitResponse. */
    class InitResponse {

        /**
         * Constructs a new InitResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: agent.InitResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** InitResponse success. */
        success: boolean;

        /** InitResponse error. */
        error: string;

        /**
         * Creates a new InitResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns InitResponse instance
         */
        static create(properties: agent.InitResponse.$Shape): agent.InitResponse & agent.InitResponse.$Shape;
        static create(properties?: agent.InitResponse.$Properties): agent.InitResponse;

        /**
         * Encodes the specified InitResponse message. Does not implicitly {@link agent.InitResponse.verify|verify} messages.
         * @param message InitResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: agent.InitResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified InitResponse message, length delimited. Does not implicitly {@link agent.InitResponse.verify|verify} messages.
         * @param message InitResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: agent.InitResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an InitResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {agent.InitResponse & agent.InitResponse.$Shape} InitResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): agent.InitResponse & agent.InitResponse.$Shape;

        /**
         * Decodes an InitResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {agent.InitResponse & agent.InitResponse.$Shape} InitResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): agent.InitResponse & agent.InitResponse.$Shape;

        /**
         * Verifies an InitResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an InitResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns InitResponse
         */
        static fromObject(object: { [k: string]: any }): agent.InitResponse;

        /**
         * Creates a plain object from an InitResponse message. Also converts values to other types if specified.
         * @param message InitResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: agent.InitResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this InitResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for InitResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace InitResponse {

        /** Properties of an InitResponse. */
        interface $Properties {

            /** InitResponse success */
            success?: (boolean|null);

            /** InitResponse error */
            error?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an InitResponse. */
        type $Shape = agent.InitResponse.$Properties;
    }

    /**
     * Properties of a SnapshotRequest.
     * @deprecated Use agent.SnapshotRequest.$Properties instead.
     */
    interface ISnapshotRequest extends agent.SnapshotRequest.$Properties {
    }

    /** Represents a SnapshotRequest. */
    class SnapshotRequest {

        /**
         * Constructs a new SnapshotRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: agent.SnapshotRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new SnapshotRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SnapshotRequest instance
         */
        static create(properties: agent.SnapshotRequest.$Shape): agent.SnapshotRequest & agent.SnapshotRequest.$Shape;
        static create(properties?: agent.SnapshotRequest.$Properties): agent.SnapshotRequest;

        /**
         * Encodes the specified SnapshotRequest message. Does not implicitly {@link agent.SnapshotRequest.verify|verify} messages.
         * @param message SnapshotRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: agent.SnapshotRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified SnapshotRequest message, length delimited. Does not implicitly {@link agent.SnapshotRequest.verify|verify} messages.
         * @param message SnapshotRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: agent.SnapshotRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SnapshotRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {agent.SnapshotRequest & agent.SnapshotRequest.$Shape} SnapshotRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): agent.SnapshotRequest & agent.SnapshotRequest.$Shape;

        /**
         * Decodes a SnapshotRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {agent.SnapshotRequest & agent.SnapshotRequest.$Shape} SnapshotRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): agent.SnapshotRequest & agent.SnapshotRequest.$Shape;

        /**
         * Verifies a SnapshotRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a SnapshotRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SnapshotRequest
         */
        static fromObject(object: { [k: string]: any }): agent.SnapshotRequest;

        /**
         * Creates a plain object from a SnapshotRequest message. Also converts values to other types if specified.
         * @param message SnapshotRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: agent.SnapshotRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SnapshotRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for SnapshotRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SnapshotRequest {

        /** Properties of a SnapshotRequest. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SnapshotRequest. */
        type $Shape = agent.SnapshotRequest.$Properties;
    }

    /**
     * Properties of a SnapshotResponse.
     * @deprecated Use agent.SnapshotResponse.$Properties instead.
     */
    interface ISnapshotResponse extends agent.SnapshotResponse.$Properties {
    }

    /** Represents a SnapshotResponse. */
    class SnapshotResponse {

        /**
         * Constructs a new SnapshotResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: agent.SnapshotResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SnapshotResponse snapshot. */
        snapshot: Uint8Array;

        /**
         * Creates a new SnapshotResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SnapshotResponse instance
         */
        static create(properties: agent.SnapshotResponse.$Shape): agent.SnapshotResponse & agent.SnapshotResponse.$Shape;
        static create(properties?: agent.SnapshotResponse.$Properties): agent.SnapshotResponse;

        /**
         * Encodes the specified SnapshotResponse message. Does not implicitly {@link agent.SnapshotResponse.verify|verify} messages.
         * @param message SnapshotResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: agent.SnapshotResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified SnapshotResponse message, length delimited. Does not implicitly {@link agent.SnapshotResponse.verify|verify} messages.
         * @param message SnapshotResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: agent.SnapshotResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SnapshotResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {agent.SnapshotResponse & agent.SnapshotResponse.$Shape} SnapshotResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): agent.SnapshotResponse & agent.SnapshotResponse.$Shape;

        /**
         * Decodes a SnapshotResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {agent.SnapshotResponse & agent.SnapshotResponse.$Shape} SnapshotResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): agent.SnapshotResponse & agent.SnapshotResponse.$Shape;

        /**
         * Verifies a SnapshotResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a SnapshotResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SnapshotResponse
         */
        static fromObject(object: { [k: string]: any }): agent.SnapshotResponse;

        /**
         * Creates a plain object from a SnapshotResponse message. Also converts values to other types if specified.
         * @param message SnapshotResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: agent.SnapshotResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SnapshotResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for SnapshotResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SnapshotResponse {

        /** Properties of a SnapshotResponse. */
        interface $Properties {

            /** SnapshotResponse snapshot */
            snapshot?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SnapshotResponse. */
        type $Shape = agent.SnapshotResponse.$Properties;
    }

    /**
     * Properties of a RestoreRequest.
     * @deprecated Use agent.RestoreRequest.$Properties instead.
     */
    interface IRestoreRequest extends agent.RestoreRequest.$Properties {
    }

    /** Represents a RestoreRequest. */
    class RestoreRequest {

        /**
         * Constructs a new RestoreRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: agent.RestoreRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RestoreRequest snapshot. */
        snapshot: Uint8Array;

        /**
         * Creates a new RestoreRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RestoreRequest instance
         */
        static create(properties: agent.RestoreRequest.$Shape): agent.RestoreRequest & agent.RestoreRequest.$Shape;
        static create(properties?: agent.RestoreRequest.$Properties): agent.RestoreRequest;

        /**
         * Encodes the specified RestoreRequest message. Does not implicitly {@link agent.RestoreRequest.verify|verify} messages.
         * @param message RestoreRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: agent.RestoreRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified RestoreRequest message, length delimited. Does not implicitly {@link agent.RestoreRequest.verify|verify} messages.
         * @param message RestoreRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: agent.RestoreRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RestoreRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {agent.RestoreRequest & agent.RestoreRequest.$Shape} RestoreRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): agent.RestoreRequest & agent.RestoreRequest.$Shape;

        /**
         * Decodes a RestoreRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {agent.RestoreRequest & agent.RestoreRequest.$Shape} RestoreRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): agent.RestoreRequest & agent.RestoreRequest.$Shape;

        /**
         * Verifies a RestoreRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a RestoreRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RestoreRequest
         */
        static fromObject(object: { [k: string]: any }): agent.RestoreRequest;

        /**
         * Creates a plain object from a RestoreRequest message. Also converts values to other types if specified.
         * @param message RestoreRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: agent.RestoreRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RestoreRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for RestoreRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace RestoreRequest {

        /** Properties of a RestoreRequest. */
        interface $Properties {

            /** RestoreRequest snapshot */
            snapshot?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RestoreRequest. */
        type $Shape = agent.RestoreRequest.$Properties;
    }

    /**
     * Properties of a RestoreResponse.
     * @deprecated Use agent.RestoreResponse.$Properties instead.
     */
    interface IRestoreResponse extends agent.RestoreResponse.$Properties {
    }

    /** Represents a RestoreResponse. */
    class RestoreResponse {

        /**
         * Constructs a new RestoreResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: agent.RestoreResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RestoreResponse success. */
        success: boolean;

        /** RestoreResponse error. */
        error: string;

        /**
         * Creates a new RestoreResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RestoreResponse instance
         */
        static create(properties: agent.RestoreResponse.$Shape): agent.RestoreResponse & agent.RestoreResponse.$Shape;
        static create(properties?: agent.RestoreResponse.$Properties): agent.RestoreResponse;

        /**
         * Encodes the specified RestoreResponse message. Does not implicitly {@link agent.RestoreResponse.verify|verify} messages.
         * @param message RestoreResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: agent.RestoreResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified RestoreResponse message, length delimited. Does not implicitly {@link agent.RestoreResponse.verify|verify} messages.
         * @param message RestoreResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: agent.RestoreResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RestoreResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {agent.RestoreResponse & agent.RestoreResponse.$Shape} RestoreResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): agent.RestoreResponse & agent.RestoreResponse.$Shape;

        /**
         * Decodes a RestoreResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {agent.RestoreResponse & agent.RestoreResponse.$Shape} RestoreResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): agent.RestoreResponse & agent.RestoreResponse.$Shape;

        /**
         * Verifies a RestoreResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a RestoreResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RestoreResponse
         */
        static fromObject(object: { [k: string]: any }): agent.RestoreResponse;

        /**
         * Creates a plain object from a RestoreResponse message. Also converts values to other types if specified.
         * @param message RestoreResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: agent.RestoreResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RestoreResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for RestoreResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace RestoreResponse {

        /** Properties of a RestoreResponse. */
        interface $Properties {

            /** RestoreResponse success */
            success?: (boolean|null);

            /** RestoreResponse error */
            error?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RestoreResponse. */
        type $Shape = agent.RestoreResponse.$Properties;
    }

    /**
     * Properties of a KeepaliveRequest.
     * @deprecated Use agent.KeepaliveRequest.$Properties instead.
     */
    interface IKeepaliveRequest extends agent.KeepaliveRequest.$Properties {
    }

    /** Represents a KeepaliveRequest. */
    class KeepaliveRequest {

        /**
         * Constructs a new KeepaliveRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: agent.KeepaliveRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** KeepaliveRequest time. */
        time: Long;

        /**
         * Creates a new KeepaliveRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns KeepaliveRequest instance
         */
        static create(properties: agent.KeepaliveRequest.$Shape): agent.KeepaliveRequest & agent.KeepaliveRequest.$Shape;
        static create(properties?: agent.KeepaliveRequest.$Properties): agent.KeepaliveRequest;

        /**
         * Encodes the specified KeepaliveRequest message. Does not implicitly {@link agent.KeepaliveRequest.verify|verify} messages.
         * @param message KeepaliveRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: agent.KeepaliveRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified KeepaliveRequest message, length delimited. Does not implicitly {@link agent.KeepaliveRequest.verify|verify} messages.
         * @param message KeepaliveRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: agent.KeepaliveRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a KeepaliveRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {agent.KeepaliveRequest & agent.KeepaliveRequest.$Shape} KeepaliveRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): agent.KeepaliveRequest & agent.KeepaliveRequest.$Shape;

        /**
         * Decodes a KeepaliveRequest message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {agent.KeepaliveRequest & agent.KeepaliveRequest.$Shape} KeepaliveRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): agent.KeepaliveRequest & agent.KeepaliveRequest.$Shape;

        /**
         * Verifies a KeepaliveRequest message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a KeepaliveRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns KeepaliveRequest
         */
        static fromObject(object: { [k: string]: any }): agent.KeepaliveRequest;

        /**
         * Creates a plain object from a KeepaliveRequest message. Also converts values to other types if specified.
         * @param message KeepaliveRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: agent.KeepaliveRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this KeepaliveRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for KeepaliveRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace KeepaliveRequest {

        /** Properties of a KeepaliveRequest. */
        interface $Properties {

            /** KeepaliveRequest time */
            time?: (Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a KeepaliveRequest. */
        type $Shape = agent.KeepaliveRequest.$Properties;
    }

    /**
     * Properties of a KeepaliveResponse.
     * @deprecated Use agent.KeepaliveResponse.$Properties instead.
     */
    interface IKeepaliveResponse extends agent.KeepaliveResponse.$Properties {
    }

    /** Represents a KeepaliveResponse. */
    class KeepaliveResponse {

        /**
         * Constructs a new KeepaliveResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: agent.KeepaliveResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** KeepaliveResponse time. */
        time: Long;

        /**
         * Creates a new KeepaliveResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns KeepaliveResponse instance
         */
        static create(properties: agent.KeepaliveResponse.$Shape): agent.KeepaliveResponse & agent.KeepaliveResponse.$Shape;
        static create(properties?: agent.KeepaliveResponse.$Properties): agent.KeepaliveResponse;

        /**
         * Encodes the specified KeepaliveResponse message. Does not implicitly {@link agent.KeepaliveResponse.verify|verify} messages.
         * @param message KeepaliveResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: agent.KeepaliveResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified KeepaliveResponse message, length delimited. Does not implicitly {@link agent.KeepaliveResponse.verify|verify} messages.
         * @param message KeepaliveResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: agent.KeepaliveResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a KeepaliveResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {agent.KeepaliveResponse & agent.KeepaliveResponse.$Shape} KeepaliveResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): agent.KeepaliveResponse & agent.KeepaliveResponse.$Shape;

        /**
         * Decodes a KeepaliveResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {agent.KeepaliveResponse & agent.KeepaliveResponse.$Shape} KeepaliveResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): agent.KeepaliveResponse & agent.KeepaliveResponse.$Shape;

        /**
         * Verifies a KeepaliveResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a KeepaliveResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns KeepaliveResponse
         */
        static fromObject(object: { [k: string]: any }): agent.KeepaliveResponse;

        /**
         * Creates a plain object from a KeepaliveResponse message. Also converts values to other types if specified.
         * @param message KeepaliveResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: agent.KeepaliveResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this KeepaliveResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for KeepaliveResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace KeepaliveResponse {

        /** Properties of a KeepaliveResponse. */
        interface $Properties {

            /** KeepaliveResponse time */
            time?: (Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a KeepaliveResponse. */
        type $Shape = agent.KeepaliveResponse.$Properties;
    }

    /**
     * Properties of an ErrorResponse.
     * @deprecated Use agent.ErrorResponse.$Properties instead.
     */
    interface IErrorResponse extends agent.ErrorResponse.$Properties {
    }

    /** Represents an ErrorResponse. */
    class ErrorResponse {

        /**
         * Constructs a new ErrorResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: agent.ErrorResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ErrorResponse error. */
        error: string;

        /**
         * Creates a new ErrorResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ErrorResponse instance
         */
        static create(properties: agent.ErrorResponse.$Shape): agent.ErrorResponse & agent.ErrorResponse.$Shape;
        static create(properties?: agent.ErrorResponse.$Properties): agent.ErrorResponse;

        /**
         * Encodes the specified ErrorResponse message. Does not implicitly {@link agent.ErrorResponse.verify|verify} messages.
         * @param message ErrorResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: agent.ErrorResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified ErrorResponse message, length delimited. Does not implicitly {@link agent.ErrorResponse.verify|verify} messages.
         * @param message ErrorResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: agent.ErrorResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an ErrorResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {agent.ErrorResponse & agent.ErrorResponse.$Shape} ErrorResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): agent.ErrorResponse & agent.ErrorResponse.$Shape;

        /**
         * Decodes an ErrorResponse message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {agent.ErrorResponse & agent.ErrorResponse.$Shape} ErrorResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): agent.ErrorResponse & agent.ErrorResponse.$Shape;

        /**
         * Verifies an ErrorResponse message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an ErrorResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ErrorResponse
         */
        static fromObject(object: { [k: string]: any }): agent.ErrorResponse;

        /**
         * Creates a plain object from an ErrorResponse message. Also converts values to other types if specified.
         * @param message ErrorResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: agent.ErrorResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ErrorResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ErrorResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ErrorResponse {

        /** Properties of an ErrorResponse. */
        interface $Properties {

            /** ErrorResponse error */
            error?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an ErrorResponse. */
        type $Shape = agent.ErrorResponse.$Properties;
    }

    /**
     * Properties of a BeginBatch.
     * @deprecated Use agent.BeginBatch.$Properties instead.
     */
    interface IBeginBatch extends agent.BeginBatch.$Properties {
    }

    /** Represents a BeginBatch. */
    class BeginBatch {

        /**
         * Constructs a new BeginBatch.
         * @param [properties] Properties to set
         */
        constructor(properties?: agent.BeginBatch.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** BeginBatch name. */
        name: string;

        /** BeginBatch group. */
        group: string;

        /** BeginBatch tags. */
        tags: { [k: string]: string };

        /** BeginBatch size. */
        size: Long;

        /** BeginBatch byName. */
        byName: boolean;

        /**
         * Creates a new BeginBatch instance using the specified properties.
         * @param [properties] Properties to set
         * @returns BeginBatch instance
         */
        static create(properties: agent.BeginBatch.$Shape): agent.BeginBatch & agent.BeginBatch.$Shape;
        static create(properties?: agent.BeginBatch.$Properties): agent.BeginBatch;

        /**
         * Encodes the specified BeginBatch message. Does not implicitly {@link agent.BeginBatch.verify|verify} messages.
         * @param message BeginBatch message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: agent.BeginBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified BeginBatch message, length delimited. Does not implicitly {@link agent.BeginBatch.verify|verify} messages.
         * @param message BeginBatch message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: agent.BeginBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a BeginBatch message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {agent.BeginBatch & agent.BeginBatch.$Shape} BeginBatch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): agent.BeginBatch & agent.BeginBatch.$Shape;

        /**
         * Decodes a BeginBatch message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {agent.BeginBatch & agent.BeginBatch.$Shape} BeginBatch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): agent.BeginBatch & agent.BeginBatch.$Shape;

        /**
         * Verifies a BeginBatch message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a BeginBatch message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns BeginBatch
         */
        static fromObject(object: { [k: string]: any }): agent.BeginBatch;

        /**
         * Creates a plain object from a BeginBatch message. Also converts values to other types if specified.
         * @param message BeginBatch
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: agent.BeginBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this BeginBatch to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for BeginBatch
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace BeginBatch {

        /** Properties of a BeginBatch. */
        interface $Properties {

            /** BeginBatch name */
            name?: (string|null);

            /** BeginBatch group */
            group?: (string|null);

            /** BeginBatch tags */
            tags?: ({ [k: string]: string }|null);

            /** BeginBatch size */
            size?: (Long|null);

            /** BeginBatch byName */
            byName?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a BeginBatch. */
        type $Shape = agent.BeginBatch.$Properties;
    }

    /**
     * Properties of a Point.
     * @deprecated Use agent.Point.$Properties instead.
     */
    interface IPoint extends agent.Point.$Properties {
    }

    /** Represents a Point. */
    class Point {

        /**
         * Constructs a new Point.
         * @param [properties] Properties to set
         */
        constructor(properties?: agent.Point.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Point time. */
        time: Long;

        /** Point name. */
        name: string;

        /** Point database. */
        database: string;

        /** Point retentionPolicy. */
        retentionPolicy: string;

        /** Point group. */
        group: string;

        /** Point dimensions. */
        dimensions: string[];

        /** Point tags. */
        tags: { [k: string]: string };

        /** Point fieldsDouble. */
        fieldsDouble: { [k: string]: number };

        /** Point fieldsInt. */
        fieldsInt: { [k: string]: Long };

        /** Point fieldsString. */
        fieldsString: { [k: string]: string };

        /** Point byName. */
        byName: boolean;

        /** Point fieldsBool. */
        fieldsBool: { [k: string]: boolean };

        /**
         * Creates a new Point instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Point instance
         */
        static create(properties: agent.Point.$Shape): agent.Point & agent.Point.$Shape;
        static create(properties?: agent.Point.$Properties): agent.Point;

        /**
         * Encodes the specified Point message. Does not implicitly {@link agent.Point.verify|verify} messages.
         * @param message Point message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: agent.Point.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Point message, length delimited. Does not implicitly {@link agent.Point.verify|verify} messages.
         * @param message Point message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: agent.Point.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Point message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {agent.Point & agent.Point.$Shape} Point
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): agent.Point & agent.Point.$Shape;

        /**
         * Decodes a Point message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {agent.Point & agent.Point.$Shape} Point
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): agent.Point & agent.Point.$Shape;

        /**
         * Verifies a Point message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Point message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Point
         */
        static fromObject(object: { [k: string]: any }): agent.Point;

        /**
         * Creates a plain object from a Point message. Also converts values to other types if specified.
         * @param message Point
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: agent.Point, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Point to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Point
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Point {

        /** Properties of a Point. */
        interface $Properties {

            /** Point time */
            time?: (Long|null);

            /** Point name */
            name?: (string|null);

            /** Point database */
            database?: (string|null);

            /** Point retentionPolicy */
            retentionPolicy?: (string|null);

            /** Point group */
            group?: (string|null);

            /** Point dimensions */
            dimensions?: (string[]|null);

            /** Point tags */
            tags?: ({ [k: string]: string }|null);

            /** Point fieldsDouble */
            fieldsDouble?: ({ [k: string]: number }|null);

            /** Point fieldsInt */
            fieldsInt?: ({ [k: string]: Long }|null);

            /** Point fieldsString */
            fieldsString?: ({ [k: string]: string }|null);

            /** Point byName */
            byName?: (boolean|null);

            /** Point fieldsBool */
            fieldsBool?: ({ [k: string]: boolean }|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Point. */
        type $Shape = agent.Point.$Properties;
    }

    /**
     * Properties of an EndBatch.
     * @deprecated Use agent.EndBatch.$Properties instead.
     */
    interface IEndBatch extends agent.EndBatch.$Properties {
    }

    /** Represents an EndBatch. */
    class EndBatch {

        /**
         * Constructs a new EndBatch.
         * @param [properties] Properties to set
         */
        constructor(properties?: agent.EndBatch.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** EndBatch name. */
        name: string;

        /** EndBatch group. */
        group: string;

        /** EndBatch tmax. */
        tmax: Long;

        /** EndBatch tags. */
        tags: { [k: string]: string };

        /** EndBatch byName. */
        byName: boolean;

        /**
         * Creates a new EndBatch instance using the specified properties.
         * @param [properties] Properties to set
         * @returns EndBatch instance
         */
        static create(properties: agent.EndBatch.$Shape): agent.EndBatch & agent.EndBatch.$Shape;
        static create(properties?: agent.EndBatch.$Properties): agent.EndBatch;

        /**
         * Encodes the specified EndBatch message. Does not implicitly {@link agent.EndBatch.verify|verify} messages.
         * @param message EndBatch message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: agent.EndBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified EndBatch message, length delimited. Does not implicitly {@link agent.EndBatch.verify|verify} messages.
         * @param message EndBatch message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: agent.EndBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an EndBatch message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {agent.EndBatch & agent.EndBatch.$Shape} EndBatch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): agent.EndBatch & agent.EndBatch.$Shape;

        /**
         * Decodes an EndBatch message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {agent.EndBatch & agent.EndBatch.$Shape} EndBatch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): agent.EndBatch & agent.EndBatch.$Shape;

        /**
         * Verifies an EndBatch message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates an EndBatch message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns EndBatch
         */
        static fromObject(object: { [k: string]: any }): agent.EndBatch;

        /**
         * Creates a plain object from an EndBatch message. Also converts values to other types if specified.
         * @param message EndBatch
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: agent.EndBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this EndBatch to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for EndBatch
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace EndBatch {

        /** Properties of an EndBatch. */
        interface $Properties {

            /** EndBatch name */
            name?: (string|null);

            /** EndBatch group */
            group?: (string|null);

            /** EndBatch tmax */
            tmax?: (Long|null);

            /** EndBatch tags */
            tags?: ({ [k: string]: string }|null);

            /** EndBatch byName */
            byName?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an EndBatch. */
        type $Shape = agent.EndBatch.$Properties;
    }

    /**
     * Properties of a Request.
     * @deprecated Use agent.Request.$Properties instead.
     */
    interface IRequest extends agent.Request.$Properties {
    }

    /** Represents a Request. */
    class Request {

        /**
         * Constructs a new Request.
         * @param [properties] Properties to set
         */
        constructor(properties?: agent.Request.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Request info. */
        info?: (agent.InfoRequest.$Properties|null);

        /** Request init. */
        init?: (agent.InitRequest.$Properties|null);

        /** Request keepalive. */
        keepalive?: (agent.KeepaliveRequest.$Properties|null);

        /** Request snapshot. */
        snapshot?: (agent.SnapshotRequest.$Properties|null);

        /** Request restore. */
        restore?: (agent.RestoreRequest.$Properties|null);

        /** Request begin. */
        begin?: (agent.BeginBatch.$Properties|null);

        /** Request point. */
        point?: (agent.Point.$Properties|null);

        /** Request end. */
        end?: (agent.EndBatch.$Properties|null);

        /** Request message. */
        message?: ("info"|"init"|"keepalive"|"snapshot"|"restore"|"begin"|"point"|"end");

        /**
         * Creates a new Request instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Request instance
         */
        static create(properties: agent.Request.$Shape): agent.Request & agent.Request.$Shape;
        static create(properties?: agent.Request.$Properties): agent.Request;

        /**
         * Encodes the specified Request message. Does not implicitly {@link agent.Request.verify|verify} messages.
         * @param message Request message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: agent.Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Request message, length delimited. Does not implicitly {@link agent.Request.verify|verify} messages.
         * @param message Request message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: agent.Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Request message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {agent.Request & agent.Request.$Shape} Request
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): agent.Request & agent.Request.$Shape;

        /**
         * Decodes a Request message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {agent.Request & agent.Request.$Shape} Request
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): agent.Request & agent.Request.$Shape;

        /**
         * Verifies a Request message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Request message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Request
         */
        static fromObject(object: { [k: string]: any }): agent.Request;

        /**
         * Creates a plain object from a Request message. Also converts values to other types if specified.
         * @param message Request
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: agent.Request, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Request to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Request
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Request {

        /** Properties of a Request. */
        interface $Properties {

            /** Request info */
            info?: (agent.InfoRequest.$Properties|null);

            /** Request init */
            init?: (agent.InitRequest.$Properties|null);

            /** Request keepalive */
            keepalive?: (agent.KeepaliveRequest.$Properties|null);

            /** Request snapshot */
            snapshot?: (agent.SnapshotRequest.$Properties|null);

            /** Request restore */
            restore?: (agent.RestoreRequest.$Properties|null);

            /** Request begin */
            begin?: (agent.BeginBatch.$Properties|null);

            /** Request point */
            point?: (agent.Point.$Properties|null);

            /** Request end */
            end?: (agent.EndBatch.$Properties|null);

            /** Request message */
            message?: ("info"|"init"|"keepalive"|"snapshot"|"restore"|"begin"|"point"|"end");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a Request. */
        type $Shape = {
          info?: agent.InfoRequest.$Shape|null;
          init?: agent.InitRequest.$Shape|null;
          keepalive?: agent.KeepaliveRequest.$Shape|null;
          snapshot?: agent.SnapshotRequest.$Shape|null;
          restore?: agent.RestoreRequest.$Shape|null;
          begin?: agent.BeginBatch.$Shape|null;
          point?: agent.Point.$Shape|null;
          end?: agent.EndBatch.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ message?: undefined; info?: null; init?: null; keepalive?: null; snapshot?: null; restore?: null; begin?: null; point?: null; end?: null }|{ message?: "info"; info: agent.InfoRequest.$Shape; init?: null; keepalive?: null; snapshot?: null; restore?: null; begin?: null; point?: null; end?: null }|{ message?: "init"; info?: null; init: agent.InitRequest.$Shape; keepalive?: null; snapshot?: null; restore?: null; begin?: null; point?: null; end?: null }|{ message?: "keepalive"; info?: null; init?: null; keepalive: agent.KeepaliveRequest.$Shape; snapshot?: null; restore?: null; begin?: null; point?: null; end?: null }|{ message?: "snapshot"; info?: null; init?: null; keepalive?: null; snapshot: agent.SnapshotRequest.$Shape; restore?: null; begin?: null; point?: null; end?: null }|{ message?: "restore"; info?: null; init?: null; keepalive?: null; snapshot?: null; restore: agent.RestoreRequest.$Shape; begin?: null; point?: null; end?: null }|{ message?: "begin"; info?: null; init?: null; keepalive?: null; snapshot?: null; restore?: null; begin: agent.BeginBatch.$Shape; point?: null; end?: null }|{ message?: "point"; info?: null; init?: null; keepalive?: null; snapshot?: null; restore?: null; begin?: null; point: agent.Point.$Shape; end?: null }|{ message?: "end"; info?: null; init?: null; keepalive?: null; snapshot?: null; restore?: null; begin?: null; point?: null; end: agent.EndBatch.$Shape })
        );
    }

    /**
     * Properties of a Response.
     * @deprecated Use agent.Response.$Properties instead.
     */
    interface IResponse extends agent.Response.$Properties {
    }

    /** Represents a Response. */
    class Response {

        /**
         * Constructs a new Response.
         * @param [properties] Properties to set
         */
        constructor(properties?: agent.Response.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Response info. */
        info?: (agent.InfoResponse.$Properties|null);

        /** Response init. */
        init?: (agent.InitResponse.$Properties|null);

        /** Response keepalive. */
        keepalive?: (agent.KeepaliveResponse.$Properties|null);

        /** Response snapshot. */
        snapshot?: (agent.SnapshotResponse.$Properties|null);

        /** Response restore. */
        restore?: (agent.RestoreResponse.$Properties|null);

        /** Response error. */
        error?: (agent.ErrorResponse.$Properties|null);

        /** Response begin. */
        begin?: (agent.BeginBatch.$Properties|null);

        /** Response point. */
        point?: (agent.Point.$Properties|null);

        /** Response end. */
        end?: (agent.EndBatch.$Properties|null);

        /** Response message. */
        message?: ("info"|"init"|"keepalive"|"snapshot"|"restore"|"error"|"begin"|"point"|"end");

        /**
         * Creates a new Response instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Response instance
         */
        static create(properties: agent.Response.$Shape): agent.Response & agent.Response.$Shape;
        static create(properties?: agent.Response.$Properties): agent.Response;

        /**
         * Encodes the specified Response message. Does not implicitly {@link agent.Response.verify|verify} messages.
         * @param message Response message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: agent.Response.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified Response message, length delimited. Does not implicitly {@link agent.Response.verify|verify} messages.
         * @param message Response message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: agent.Response.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Response message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {agent.Response & agent.Response.$Shape} Response
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): agent.Response & agent.Response.$Shape;

        /**
         * Decodes a Response message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {agent.Response & agent.Response.$Shape} Response
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): agent.Response & agent.Response.$Shape;

        /**
         * Verifies a Response message.
         * @param message Plain object to verify
         * @returns `null` if valid, otherwise the reason why it is not
         */
        static verify(message: { [k: string]: any }): (string|null);

        /**
         * Creates a Response message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Response
         */
        static fromObject(object: { [k: string]: any }): agent.Response;

        /**
         * Creates a plain object from a Response message. Also converts values to other types if specified.
         * @param message Response
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: agent.Response, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Response to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Response
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Response {

        /** Properties of a Response. */
        interface $Properties {

            /** Response info */
            info?: (agent.InfoResponse.$Properties|null);

            /** Response init */
            init?: (agent.InitResponse.$Properties|null);

            /** Response keepalive */
            keepalive?: (agent.KeepaliveResponse.$Properties|null);

            /** Response snapshot */
            snapshot?: (agent.SnapshotResponse.$Properties|null);

            /** Response restore */
            restore?: (agent.RestoreResponse.$Properties|null);

            /** Response error */
            error?: (agent.ErrorResponse.$Properties|null);

            /** Response begin */
            begin?: (agent.BeginBatch.$Properties|null);

            /** Response point */
            point?: (agent.Point.$Properties|null);

            /** Response end */
            end?: (agent.EndBatch.$Properties|null);

            /** Response message */
            message?: ("info"|"init"|"keepalive"|"snapshot"|"restore"|"error"|"begin"|"point"|"end");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a Response. */
        type $Shape = {
          info?: agent.InfoResponse.$Shape|null;
          init?: agent.InitResponse.$Shape|null;
          keepalive?: agent.KeepaliveResponse.$Shape|null;
          snapshot?: agent.SnapshotResponse.$Shape|null;
          restore?: agent.RestoreResponse.$Shape|null;
          error?: agent.ErrorResponse.$Shape|null;
          begin?: agent.BeginBatch.$Shape|null;
          point?: agent.Point.$Shape|null;
          end?: agent.EndBatch.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ message?: undefined; info?: null; init?: null; keepalive?: null; snapshot?: null; restore?: null; error?: null; begin?: null; point?: null; end?: null }|{ message?: "info"; info: agent.InfoResponse.$Shape; init?: null; keepalive?: null; snapshot?: null; restore?: null; error?: null; begin?: null; point?: null; end?: null }|{ message?: "init"; info?: null; init: agent.InitResponse.$Shape; keepalive?: null; snapshot?: null; restore?: null; error?: null; begin?: null; point?: null; end?: null }|{ message?: "keepalive"; info?: null; init?: null; keepalive: agent.KeepaliveResponse.$Shape; snapshot?: null; restore?: null; error?: null; begin?: null; point?: null; end?: null }|{ message?: "snapshot"; info?: null; init?: null; keepalive?: null; snapshot: agent.SnapshotResponse.$Shape; restore?: null; error?: null; begin?: null; point?: null; end?: null }|{ message?: "restore"; info?: null; init?: null; keepalive?: null; snapshot?: null; restore: agent.RestoreResponse.$Shape; error?: null; begin?: null; point?: null; end?: null }|{ message?: "error"; info?: null; init?: null; keepalive?: null; snapshot?: null; restore?: null; error: agent.ErrorResponse.$Shape; begin?: null; point?: null; end?: null }|{ message?: "begin"; info?: null; init?: null; keepalive?: null; snapshot?: null; restore?: null; error?: null; begin: agent.BeginBatch.$Shape; point?: null; end?: null }|{ message?: "point"; info?: null; init?: null; keepalive?: null; snapshot?: null; restore?: null; error?: null; begin?: null; point: agent.Point.$Shape; end?: null }|{ message?: "end"; info?: null; init?: null; keepalive?: null; snapshot?: null; restore?: null; error?: null; begin?: null; point?: null; end: agent.EndBatch.$Shape })
        );
    }
}
